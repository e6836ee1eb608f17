import type { Type } from '@angular/core';
import type { Route, Routes } from '@angular/router';
import { stepGuard } from '../wizard/step-guard';
import { WIZARD } from '../wizard/wizard';
import { resumeWizard } from '../wizard/wizard-resolver';
import { FlowUnavailable } from './flow-unavailable';
import { IdentityFlowStore } from './identity-flow-store';
import {
  IDENTITY_WIZARD,
  type IdentityWizardConfig,
  type IdentityWizardStep,
} from './identity-wizard';
import { IdentityWizardShell } from './identity-wizard-shell';

/** One child route per step, reachable only when it is the step to do (IDV-7). */
export function wizardStep(
  step: IdentityWizardStep,
  loadComponent: () => Promise<Type<unknown>>,
  extra: Partial<Route> = {},
): Route {
  return { path: step, canActivate: [stepGuard(step)], loadComponent, ...extra };
}

/** The steps both identity wizards share, after their first one. */
const SHARED_STEPS: Routes = [
  wizardStep('confirm-email', () =>
    import('../steps/confirm-email-step').then((m) => m.ConfirmEmailStep),
  ),
  wizardStep('enter-email', () =>
    import('../steps/enter-email-step').then((m) => m.EnterEmailStep),
  ),
  wizardStep('contact', () => import('../steps/contact-step').then((m) => m.ContactStep)),
  wizardStep('verify-code', () =>
    import('../steps/verify-code-step').then((m) => m.VerifyCodeStep),
  ),
  wizardStep('link-sent', () => import('../steps/link-sent-step').then((m) => m.LinkSentStep)),
  wizardStep('under-review', () =>
    import('../steps/under-review-step').then((m) => m.UnderReviewStep),
  ),
];

/**
 * The routes of one identity wizard (STYLE.md rule 10): a shell with the progress header, its
 * store provided on the shell route, a resolver that resumes the server flow after a refresh, the
 * bare address leading to the step to do, and one guarded child route per step. Built afresh for
 * each address the wizard is mounted at.
 */
export function identityWizardRoutes(config: IdentityWizardConfig, ...firstSteps: Route[]): Routes {
  return [
    {
      path: '',
      component: IdentityWizardShell,
      title: config.heading,
      providers: [
        { provide: IDENTITY_WIZARD, useValue: config },
        IdentityFlowStore,
        { provide: WIZARD, useExisting: IdentityFlowStore },
      ],
      resolve: { resumed: resumeWizard },
      children: [
        {
          path: '',
          pathMatch: 'full',
          canActivate: [stepGuard()],
          // "Try again" reloads this same address: the guard must run again.
          runGuardsAndResolvers: 'always',
          component: FlowUnavailable,
        },
        ...firstSteps,
        ...SHARED_STEPS.map((route) => ({ ...route })),
      ],
    },
  ];
}
