import type { Routes } from '@angular/router';
import type { TranslationKey } from './core/i18n';
import { devInboxAvailableGuard } from './dev-inbox/dev-inbox-available.guard';

// Route titles are translation keys, turned into the tab title by TranslatedTitleStrategy.
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'login' },
  {
    path: 'login',
    title: 'login.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./auth/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    // Development mode only: elsewhere the guard does not match and `**` shows the not-found page.
    path: 'dev/inbox',
    title: 'devInbox.pageTitle' satisfies TranslationKey,
    canMatch: [devInboxAvailableGuard],
    loadComponent: () =>
      import('./dev-inbox/dev-inbox-page/dev-inbox-page').then((m) => m.DevInboxPage),
  },
  {
    // The sign-in issue adds `canMatch: [adminGuard]` here (STYLE.md rule 13), so that only
    // admins download this chunk. Until then the server answers the admin API in development
    // mode only, and the pages show "for signed-in admins only" elsewhere.
    path: 'admin',
    title: 'admin.pageTitle' satisfies TranslationKey,
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: '**',
    title: 'notFound.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
