import type { Route, Routes } from '@angular/router';
import type { CrmOwnerKind, CrmTargetEntity } from '@guichet/contracts';
import type { TranslationKey } from '../core/i18n';
import { CrmShell } from './crm-shell';

const listPage = (entity: CrmTargetEntity, title: TranslationKey): Omit<Route, 'path'> => ({
  title,
  data: { entity },
  loadComponent: () => import('./lists/crm-list-page').then((m) => m.CrmListPage),
});

const recordPage = (kind: CrmOwnerKind, title: TranslationKey): Omit<Route, 'path'> => ({
  title,
  data: { kind },
  loadComponent: () => import('./record/record-page').then((m) => m.RecordPage),
});

/**
 * `/crm/…` (GDPR-1, GDPR-7), loaded with `loadChildren` behind `staffGuard` from app.routes.ts:
 * clients never download it; the server checks role and firm on every call anyway.
 */
export const crmRoutes: Routes = [
  {
    path: '',
    component: CrmShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'companies' },
      { path: 'companies', ...listPage('company', 'crm.companies.pageTitle') },
      { path: 'contacts', ...listPage('contact', 'crm.contacts.pageTitle') },
      { path: 'leads', ...listPage('lead', 'crm.leads.pageTitle') },
      { path: 'third-parties', ...listPage('third-party', 'crm.thirdParties.pageTitle') },
      { path: 'companies/:id', ...recordPage('company', 'crm.record.company.pageTitle') },
      { path: 'contacts/:id', ...recordPage('contact', 'crm.record.contact.pageTitle') },
      { path: 'leads/:id', ...recordPage('lead', 'crm.record.lead.pageTitle') },
      {
        path: 'target-groups',
        title: 'crm.targetGroups.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./target-groups/target-groups-page').then((m) => m.TargetGroupsPage),
      },
    ],
  },
];
