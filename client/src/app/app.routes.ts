import type { Routes } from '@angular/router';
import type { TranslationKey } from './core/i18n';

// Route titles are translation keys, turned into the tab title by TranslatedTitleStrategy.
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'login' },
  {
    path: 'login',
    title: 'login.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./auth/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    path: '**',
    title: 'notFound.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
