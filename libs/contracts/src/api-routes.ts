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
  authSecondFactorSms: 'auth/second-factor/sms',
  authSecondFactorVerify: 'auth/second-factor/verify',
  adminAccounts: 'admin/accounts',
  adminAccount: 'admin/accounts/:id',
  adminAccountLock: 'admin/accounts/:id/lock',
  adminAccountUnlock: 'admin/accounts/:id/unlock',
  adminAccountSignOutEverywhere: 'admin/accounts/:id/sign-out-everywhere',
  adminAudit: 'admin/audit',
  profile: 'profile',
  profileMobile: 'profile/mobile',
  profileMobileConfirm: 'profile/mobile/confirm',
  profileTotp: 'profile/second-factor/totp',
  profileTotpConfirm: 'profile/second-factor/totp/confirm',
  profileSms: 'profile/second-factor/sms',
  profileSmsConfirm: 'profile/second-factor/sms/confirm',
  profileSecondFactorDisable: 'profile/second-factor/disable',
} as const;
