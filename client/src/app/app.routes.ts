import { inject } from '@angular/core';
import type { Route, Routes } from '@angular/router';
import type { NextStep } from '@guichet/contracts';
import type { RecoveryRequestKind } from './activation/recovery-request/recovery-request';
import { passwordLinkTokenGuard } from './activation/set-password/password-link-token';
import { passwordInUrlGuard } from './auth/login-page/password-in-url.guard';
import { SignInOptionsStore } from './auth/login-page/sign-in-options-store';
import type { TranslationKey } from './core/i18n';
import { adminGuard } from './core/session/admin.guard';
import { landingGuard } from './core/session/landing.guard';
import { nextStepGuard } from './core/session/next-step.guard';
import { signedInGuard } from './core/session/signed-in.guard';
import { signedOutGuard } from './core/session/signed-out.guard';
import { devInboxAvailableGuard } from './dev-inbox/dev-inbox-available.guard';

const loginPage = () => import('./auth/login-page/login-page').then((m) => m.LoginPage);

/** Asked before a pre-authentication form shows, so that its workspace field does not flash. */
const signInOptions = { signInOptions: () => inject(SignInOptionsStore).load() };

/** The sign-in page, at `/login` and behind a deep link that names the workspace (AUTH-2). */
const signIn: Omit<Route, 'path'> = {
  title: 'login.pageTitle' satisfies TranslationKey,
  canActivate: [passwordInUrlGuard, signedOutGuard],
  resolve: signInOptions,
  loadComponent: loginPage,
};

const firstConnection: Omit<Route, 'path'> = {
  loadChildren: () =>
    import('./activation/first-connection/first-connection.routes').then((m) =>
      m.firstConnectionRoutes(),
    ),
};

const recoveryRequestPage = () =>
  import('./activation/recovery-request/recovery-request-page').then((m) => m.RecoveryRequestPage);

/** "Mot de passe oublié ?" (IDV-4). */
const forgotPassword: Omit<Route, 'path'> = {
  title: 'forgotPassword.pageTitle' satisfies TranslationKey,
  resolve: signInOptions,
  data: { recovery: 'forgot-password' satisfies RecoveryRequestKind },
  loadComponent: recoveryRequestPage,
};

/** "J'ai oublié mes identifiants" (IDV-4, seed 003). */
const lostIdentifier: Omit<Route, 'path'> = {
  title: 'lostIdentifier.pageTitle' satisfies TranslationKey,
  resolve: signInOptions,
  data: { recovery: 'lost-identifier' satisfies RecoveryRequestKind },
  loadComponent: recoveryRequestPage,
};

/** A page of a signed-in user, reached only at its step (AUTH-9: pending steps come first). */
const signedIn = (step: NextStep): Route => ({
  canActivate: [signedInGuard, nextStepGuard],
  data: { step },
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
    // Secure parcels (PARCEL-1…PARCEL-7): « Dossiers sécurisés », « Bordereaux d'expédition ».
    path: 'parcels',
    ...signedIn('home'),
    loadChildren: () => import('./parcels/parcels.routes').then((m) => m.parcelsRoutes),
  },
  {
    // Secure messages to external addresses (PARCEL-8): staff's sent list and compose page.
    path: 'messages',
    ...signedIn('home'),
    loadChildren: () =>
      import('./secure-messages/secure-messages.routes').then((m) => m.secureMessagesRoutes),
  },
  {
    // A secure message's personal link (PARCEL-8, OTP-3): public, with or without a session.
    path: 'm/:token',
    title: 'messages.reader.pageTitle' satisfies TranslationKey,
    loadComponent: () =>
      import('./secure-messages/reader/message-reader-page').then((m) => m.MessageReaderPage),
  },
  {
    path: 'second-factor',
    ...signedIn('second-factor'),
    title: 'secondFactor.pageTitle' satisfies TranslationKey,
    loadComponent: () =>
      import('./auth/second-factor/second-factor-page').then((m) => m.SecondFactorPage),
  },
  {
    // IDV-2: the wizard of a signed-in user whose legacy password must be replaced.
    path: 'legacy-migration',
    ...signedIn('legacy-migration'),
    loadChildren: () =>
      import('./activation/legacy-migration/legacy-migration.routes').then((m) =>
        m.legacyMigrationRoutes(),
      ),
  },
  {
    // PWD-3, PWD-5: the step of a user whose password must change first, and the profile's
    // "Changer mon mot de passe" for anyone done with their steps.
    path: 'change-password',
    canActivate: [signedInGuard, nextStepGuard],
    data: { steps: ['change-password', 'home'] satisfies NextStep[] },
    title: 'changePassword.pageTitle' satisfies TranslationKey,
    loadComponent: () =>
      import('./profile/change-password/change-password-page').then((m) => m.ChangePasswordPage),
  },
  // Pre-authentication pages (IDV-3, IDV-4), also behind a deep link naming the workspace.
  { path: 'first-connection', ...firstConnection },
  { path: 'w/:workspace/first-connection', ...firstConnection },
  { path: 'forgot-password', ...forgotPassword },
  { path: 'w/:workspace/forgot-password', ...forgotPassword },
  { path: 'lost-identifier', ...lostIdentifier },
  { path: 'w/:workspace/lost-identifier', ...lostIdentifier },
  {
    // IDV-5, IDV-6: the page of the mailed link, public: the token is the proof.
    path: 'set-password',
    title: 'setPassword.pageTitle' satisfies TranslationKey,
    canActivate: [passwordLinkTokenGuard],
    loadComponent: () =>
      import('./activation/set-password/set-password-page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'terms',
    title: 'terms.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./activation/terms/terms-page').then((m) => m.TermsPage),
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
