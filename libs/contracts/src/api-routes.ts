/** Prefix of every HTTP API route; everything else is the Angular client. */
export const API_PREFIX = 'api';

/** Paths of the API routes, relative to {@link API_PREFIX}, shared by client and server. */
export const ApiRoutes = {
  healthLive: 'health/live',
  healthReady: 'health/ready',
  docs: 'docs',
  devInbox: 'dev/inbox',
  adminOutbox: 'admin/outbox',
  authSignIn: 'auth/sign-in',
  authSignOut: 'auth/sign-out',
  authSession: 'auth/session',
  authKeepAlive: 'auth/session/keep-alive',
  authSignInOptions: 'auth/sign-in-options',
  captchaChallenge: 'captcha/challenge',
} as const;
