import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type IdentityFlowState, IdentityErrorCode } from '@guichet/contracts';
import { firstValueFrom } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import type { TranslationKey } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import type { Wizard } from '../wizard/wizard';
import { IDENTITY_WIZARD, type IdentityWizardStep } from './identity-wizard';
import { IdentityApi } from '../identity-api';

const isFlowNotFound = (error: unknown) =>
  errorBodyOf(error)?.code === IdentityErrorCode.FlowNotFound;

/**
 * The state of one identity wizard (first connection or legacy migration), provided on its shell
 * route (STYLE.md rule 10). The server holds the flow and re-checks every step; this store keeps
 * its last answer in memory only (nothing personal goes to storage) and is reset when the flow
 * starts, ends or is cancelled. It resumes from the server once per visit of the wizard.
 */
@Injectable()
export class IdentityFlowStore implements Wizard {
  private readonly api = inject(IdentityApi);
  readonly config = inject(IDENTITY_WIZARD);

  private readonly current = signal<IdentityFlowState | null>(null);
  private readonly resendAt = signal<number | null>(null);
  private readonly noticeMessage = signal<Message | null>(null);
  private readonly resumeProblem = signal<TranslationKey | null>(null);
  private resuming?: Promise<void>;

  /** The flow as the server last described it; null when there is none (yet). */
  readonly state = this.current.asReadonly();
  /** Why the user is back at an earlier step (the flow expired, ended, moved on elsewhere). */
  readonly notice = this.noticeMessage.asReadonly();
  /** Why the flow could not be resumed or started at all (server out of reach). */
  readonly problem = this.resumeProblem.asReadonly();
  /** When "send a new code" is allowed again, in milliseconds on this browser's clock. */
  readonly resendAvailableAt = this.resendAt.asReadonly();

  /** The step to show now. */
  readonly step = computed<IdentityWizardStep | null>(
    () => this.current()?.step ?? this.config.firstStep,
  );
  /** Index of the progress header's stage of the current step. */
  readonly stage = computed(() => {
    const step = this.step();
    return step === null ? 0 : this.config.stages.findIndex(({ steps }) => steps.includes(step));
  });

  resume(): Promise<void> {
    this.resuming ??= this.load();
    return this.resuming;
  }

  firstIncompleteStep(): IdentityWizardStep | null {
    return this.step();
  }

  /** Only the current step: the server cannot replay a done one, nor skip ahead (IDV-7). */
  canOpen(step: string): boolean {
    return this.step() === step;
  }

  /** A flow just started: whatever was known of an earlier one goes. */
  begin(state: IdentityFlowState): void {
    this.noticeMessage.set(null);
    this.accept(state);
  }

  /** Takes the server's answer to a step. */
  accept(state: IdentityFlowState): void {
    this.current.set(state);
    this.resendAt.set(
      state.resendInSeconds === null ? null : Date.now() + state.resendInSeconds * 1_000,
    );
    this.resumeProblem.set(null);
    this.resuming = Promise.resolve();
  }

  /** Asks the server where the flow stands (after a wrong code or a step done elsewhere). */
  async refresh(): Promise<void> {
    try {
      this.accept(await firstValueFrom(this.api.flow()));
    } catch (error) {
      if (isFlowNotFound(error)) this.restart({ key: 'errors.IDENTITY_FLOW_NOT_FOUND' });
    }
  }

  /** "Send a new code" waits this long (a 429's `Retry-After`). */
  waitBeforeResend(seconds: number): void {
    this.resendAt.set(Date.now() + seconds * 1_000);
  }

  /**
   * The flow is gone (expired, ended by wrong codes): back to the start, saying why. A wizard
   * that starts its flow on entry starts a new one at the next step guard.
   */
  restart(notice: Message): void {
    this.reset();
    this.noticeMessage.set(notice);
  }

  /** Forgets the flow, ended or cancelled. */
  reset(): void {
    this.current.set(null);
    this.resendAt.set(null);
    this.noticeMessage.set(null);
    this.resumeProblem.set(null);
    this.resuming = this.config.firstStep === null ? undefined : Promise.resolve();
  }

  /** Cancels the flow on the server ("Annuler"), then here. Forgotten here whatever the answer. */
  async cancel(): Promise<void> {
    try {
      await firstValueFrom(this.api.cancel());
    } catch {
      // Gone already, or out of reach: it expires on its own within 30 minutes.
    }
    this.reset();
  }

  /**
   * The user left the wizard: the next visit asks the server again, since the flow may have
   * expired or moved on in another tab meanwhile.
   */
  forget(): void {
    this.resuming = undefined;
  }

  /** Tries again to resume or start a flow that could not be reached. */
  retry(): void {
    this.resumeProblem.set(null);
    this.resuming = undefined;
  }

  private async load(): Promise<void> {
    try {
      const state = await firstValueFrom(this.api.flow());
      // A flow of the other wizard is no flow here; starting this one replaces it on the server.
      if (state.kind === this.config.kind) {
        this.accept(state);
        return;
      }
    } catch (error) {
      if (!isFlowNotFound(error)) {
        this.fail(error);
        return;
      }
    }
    this.current.set(null);
    if (this.config.firstStep === null) await this.start();
  }

  /** Starts the flow of a wizard that has no step before it (the legacy migration). */
  private async start(): Promise<void> {
    try {
      this.accept(await firstValueFrom(this.api.startLegacyMigration()));
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.current.set(null);
    // A session that ended is the session interceptor's business; it leads to the sign-in page.
    if (!(error instanceof HttpErrorResponse && error.status === 401)) {
      this.resumeProblem.set(errorMessageKey(error));
    }
  }
}
