import type { Routes } from '@angular/router';
import { identityWizardRoutes } from '../identity-flow/identity-wizard-routes';
import { LEGACY_MIGRATION } from '../identity-flow/identity-wizard';

/**
 * The migration of a legacy password (IDV-2), for a signed-in user whose next step it is:
 * entering the wizard starts the flow.
 */
export const legacyMigrationRoutes = (): Routes => identityWizardRoutes(LEGACY_MIGRATION);
