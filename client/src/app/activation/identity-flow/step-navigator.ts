import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { type IdentityFlowState, IdentityErrorCode } from '@guichet/contracts';
import { errorBodyOf } from '../../core/http/api-error';
import { SessionNavigation } from '../../core/session/session-navigation';
import { IdentityFlowStore } from './identity-flow-store';
import type { IdentityWizardStep } from './identity-wizard';

/**
 * How a step of an identity wizard moves on: to the step the server answered, back to the start
 * when the flow is gone, out of the wizard on Cancel or Close. Provided by each step component,
 * since it navigates relative to the step's route.
 */
@Injectable()
export class StepNavigator {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionNavigation);
  private readonly store = inject(IdentityFlowStore);

  /** Takes the server's answer to a step and shows the step it leads to. */
  advance(state: IdentityFlowState): Promise<boolean> {
    this.store.accept(state);
    return this.goTo(state.step);
  }

  /** A flow that just started: shows its first server step. */
  begin(state: IdentityFlowState): Promise<boolean> {
    this.store.begin(state);
    return this.goTo(state.step);
  }

  /**
   * Handles the failures that concern the flow rather than the step: no flow (expired), a flow
   * that ended (too many wrong codes), a step done meanwhile in another tab. Answers whether it
   * did; the step shows any other failure itself.
   */
  async recover(error: unknown): Promise<boolean> {
    if (error instanceof HttpErrorResponse && error.status === 401) return true;
    const code = errorBodyOf(error)?.code;
    switch (code) {
      case IdentityErrorCode.FlowNotFound:
      case IdentityErrorCode.FlowEnded:
        this.store.restart({ key: `errors.${code}` });
        await this.toWizardStart();
        return true;
      case IdentityErrorCode.WrongStep:
        await this.store.refresh();
        await this.toWizardStart();
        return true;
      default:
        return false;
    }
  }

  /** "Annuler": the flow is cancelled on the server and the user leaves the wizard. */
  async cancel(): Promise<void> {
    const workspace = this.store.state()?.workspace.slug ?? null;
    await this.store.cancel();
    await this.leave(workspace);
  }

  /**
   * "Fermer" at the end: the flow is done with, so it is cancelled too, and a later visit starts
   * afresh. The mailed link stays valid.
   */
  close(): Promise<void> {
    return this.cancel();
  }

  private async leave(workspace: string | null): Promise<void> {
    if (this.store.config.exit === 'sign-out') {
      await this.session.signOut();
      return;
    }
    await this.router.navigateByUrl(workspace ? `/w/${workspace}/login` : '/login');
  }

  private goTo(step: IdentityWizardStep): Promise<boolean> {
    return this.router.navigate(['..', step], { relativeTo: this.route });
  }

  /** The wizard's bare address, whose guard leads to the step to do now. */
  private toWizardStart(): Promise<boolean> {
    return this.router.navigate(['..'], { relativeTo: this.route });
  }
}
