import type { Routes } from '@angular/router';
import type { TranslationKey } from '../core/i18n';
import { AdminShell } from './admin-shell/admin-shell';

/** The admin area, loaded with `loadChildren` from app.routes.ts so other visitors never get it. */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'accounts' },
      {
        path: 'accounts',
        title: 'admin.accounts.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./accounts/accounts-page').then((m) => m.AccountsPage),
      },
      {
        // PARCEL-1: who receives each client's parcels (seed 001, « Clients > Paramètres »).
        path: 'account-managers',
        title: 'admin.accountManagers.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./account-managers/account-managers-page').then((m) => m.AccountManagersPage),
      },
      {
        path: 'parcel-settings',
        title: 'admin.parcelSettings.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./parcel-settings/parcel-settings-page').then((m) => m.ParcelSettingsPage),
      },
      {
        path: 'parcels',
        title: 'admin.parcelsOverview.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./parcels-overview/parcels-overview-page').then((m) => m.ParcelsOverviewPage),
      },
      {
        // GDPR-2, GDPR-4: export or erase a client's (or a CRM record's) personal data.
        path: 'gdpr/:kind/:id',
        title: 'admin.gdpr.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./gdpr/gdpr-subject-page').then((m) => m.GdprSubjectPage),
      },
      {
        path: 'audit',
        title: 'admin.audit.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
      {
        path: 'outbox',
        title: 'admin.outbox.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./outbox/outbox-page').then((m) => m.OutboxPage),
      },
      {
        path: 'identity-reviews',
        title: 'admin.identityReviews.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./identity-reviews/identity-reviews-page').then((m) => m.IdentityReviewsPage),
      },
      {
        path: 'accounts/new',
        title: 'admin.newAccount.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./new-account/new-account-page').then((m) => m.NewAccountPage),
      },
      {
        path: 'password-policy',
        title: 'admin.policy.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./password-policy/password-policy-page').then((m) => m.PasswordPolicyPage),
      },
      {
        path: 'password-compliance',
        title: 'admin.compliance.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./password-compliance/password-compliance-page').then(
            (m) => m.PasswordCompliancePage,
          ),
      },
      {
        // GDPR-5: the firm's retention periods and what the daily job will erase.
        path: 'retention',
        title: 'admin.retention.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./retention/retention-page').then((m) => m.RetentionPage),
      },
      {
        path: 'api-keys',
        title: 'admin.apiKeys.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./api-keys/api-keys-page').then((m) => m.ApiKeysPage),
      },
    ],
  },
];
