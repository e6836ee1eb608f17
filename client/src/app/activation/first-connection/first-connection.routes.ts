import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { SignInOptionsStore } from '../../auth/login-page/sign-in-options-store';
import { identityWizardRoutes, wizardStep } from '../identity-flow/identity-wizard-routes';
import { FIRST_CONNECTION } from '../identity-flow/identity-wizard';

/** "Première connexion" (IDV-3), at `/first-connection` and `/w/:workspace/first-connection`. */
export const firstConnectionRoutes = (): Routes =>
  identityWizardRoutes(
    FIRST_CONNECTION,
    wizardStep('access-code', () => import('./access-code-step').then((m) => m.AccessCodeStep), {
      // Known before the step shows, so that the workspace field does not flash in or out.
      resolve: { signInOptions: () => inject(SignInOptionsStore).load() },
    }),
  );
