import { inject } from '@angular/core';
import type { Route, Routes } from '@angular/router';
import type { NextStep } from '@guichet/contracts';
import { passwordInUrlGuard } from './auth/login-page/password-in-url.guard';
import { SignInOptionsStore } from './auth/login-page/sign-in-options-store';
import type { UpcomingPageData } from './auth/upcoming-page/upcoming-page';
import type { TranslationKey } from './core/i18n';
import { adminGuard } from './core/session/admin.guard';
import { landingGuard } from './core/session/landing.guard';
import { nextStepGuard } from './core/session/next-step.guard';
import { signedInGuard } from './core/session/signed-in.guard';
import { signedOutGuard } from './core/session/signed-out.guard';
import { devInboxAvailableGuard } from './dev-inbox/dev-inbox-available.guard';

const loginPage = () => import('./auth/login-page/login-page').then((m) => m.LoginPage);
const upcomingPage = () => import('./auth/upcoming-page/upcoming-page').then((m) => m.UpcomingPage);

/** The sign-in page, at `/login` and behind a deep link that names the workspace (AUTH-2). */
const signIn: Omit<Route, 'path'> = {
  title: 'login.pageTitle' satisfies TranslationKey,
  canActivate: [passwordInUrlGuard, signedOutGuard],
  // Known before the page shows, so that the workspace field does not flash in or out.
  resolve: { signInOptions: () => inject(SignInOptionsStore).load() },
  loadComponent: loginPage,
};

/** A page of a signed-in user, reached only at its step (AUTH-9: pending steps come first). */
const signedIn = (step: NextStep): Route => ({
  canActivate: [signedInGuard, nextStepGuard],
  data: { step },
});

/**
 * A page the identity issues build; until then it says so. Without `step` it is public (reached
 * before signing in).
 */
const upcoming = (path: string, data: UpcomingPageData, step?: NextStep): Route => ({
  path,
  title: data.heading,
  loadComponent: upcomingPage,
  ...(step ? { ...signedIn(step), data: { ...data, step } } : { data }),
});

// Route titles are translation keys, turned into the tab title by TranslatedTitleStrategy.
export const routes: Routes = [
  { path: '', pathMatch: 'full', canMatch: [landingGuard], children: [] },
  { path: 'login', ...signIn },
  { path: 'w/:workspace/login', ...signIn },
  {
    path: 'home',
    ...signedIn('home'),
    title: 'home.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'profile',
    ...signedIn('home'),
    title: 'profile.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'second-factor',
    ...signedIn('second-factor'),
    title: 'secondFactor.pageTitle' satisfies TranslationKey,
    loadComponent: () =>
      import('./auth/second-factor/second-factor-page').then((m) => m.SecondFactorPage),
  },
  upcoming(
    'legacy-migration',
    { heading: 'legacyMigration.pageTitle', intro: 'legacyMigration.intro' },
    'legacy-migration',
  ),
  upcoming(
    'change-password',
    { heading: 'changePassword.pageTitle', intro: 'changePassword.intro' },
    'change-password',
  ),
  upcoming('forgot-password', {
    heading: 'forgotPassword.pageTitle',
    intro: 'forgotPassword.intro',
  }),
  upcoming('first-connection', {
    heading: 'firstConnection.pageTitle',
    intro: 'firstConnection.intro',
  }),
  upcoming('lost-identifier', {
    heading: 'lostIdentifier.pageTitle',
    intro: 'lostIdentifier.intro',
  }),
  {
    // Development mode only: elsewhere the guard does not match and `**` shows the not-found page.
    path: 'dev/inbox',
    title: 'devInbox.pageTitle' satisfies TranslationKey,
    canMatch: [devInboxAvailableGuard],
    loadComponent: () =>
      import('./dev-inbox/dev-inbox-page/dev-inbox-page').then((m) => m.DevInboxPage),
  },
  {
    // Admins only (STYLE.md rule 13): for anyone else the route does not match, so the chunk is
    // never downloaded and `**` shows the not-found page. The server checks the role anyway.
    path: 'admin',
    title: 'admin.pageTitle' satisfies TranslationKey,
    canMatch: [adminGuard],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: '**',
    title: 'notFound.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
