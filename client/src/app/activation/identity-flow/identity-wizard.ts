import { InjectionToken } from '@angular/core';
import type { IdentityFlowKind, IdentityFlowStep } from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';

/** A step of an identity wizard: the server's flow steps, and the access code typed before one exists. */
export type IdentityWizardStep = 'access-code' | IdentityFlowStep;

/** A group of steps named in the progress header. */
export interface IdentityWizardStage {
  readonly label: TranslationKey;
  readonly steps: readonly IdentityWizardStep[];
}

/** What differs between the two identity wizards; the shell, store and steps are shared. */
export interface IdentityWizardConfig {
  readonly kind: IdentityFlowKind;
  readonly heading: TranslationKey;
  /** Shown above the steps until the last one (the GDPR reason of the legacy migration). */
  readonly intro: TranslationKey | null;
  /**
   * The step shown while there is no flow yet (the access code of a first connection), or null
   * when entering the wizard starts the flow at once (the legacy migration of a signed-in user).
   */
  readonly firstStep: IdentityWizardStep | null;
  readonly stages: readonly IdentityWizardStage[];
  /** Where Cancel and Close lead: the sign-in page, or signing out (a signed-in migration). */
  readonly exit: 'sign-in' | 'sign-out';
}

/** The wizard whose shell route is active. */
export const IDENTITY_WIZARD = new InjectionToken<IdentityWizardConfig>('IDENTITY_WIZARD');

const FINAL_STEPS: readonly IdentityWizardStep[] = ['link-sent', 'under-review'];

/** Whether a step ends the flow: nothing is left to do but close. */
export const isFinalStep = (step: IdentityWizardStep | null): boolean =>
  step !== null && FINAL_STEPS.includes(step);

/** "Première connexion" (IDV-3, seed 000 §2). */
export const FIRST_CONNECTION: IdentityWizardConfig = {
  kind: 'first-connection',
  heading: 'firstConnection.heading',
  intro: null,
  firstStep: 'access-code',
  stages: [
    { label: 'identity.stage.accessCode', steps: ['access-code'] },
    { label: 'identity.stage.email', steps: ['confirm-email', 'enter-email', 'contact'] },
    { label: 'identity.stage.code', steps: ['verify-code'] },
    { label: 'identity.stage.link', steps: FINAL_STEPS },
  ],
  exit: 'sign-in',
};

/** The migration of a legacy password after signing in with it (IDV-2, seed 000 §1). */
export const LEGACY_MIGRATION: IdentityWizardConfig = {
  kind: 'legacy-migration',
  heading: 'legacyMigration.heading',
  intro: 'legacyMigration.intro',
  firstStep: null,
  stages: [
    { label: 'identity.stage.email', steps: ['confirm-email', 'enter-email', 'contact'] },
    { label: 'identity.stage.code', steps: ['verify-code'] },
    { label: 'identity.stage.link', steps: FINAL_STEPS },
  ],
  exit: 'sign-out',
};
