import type { Dictionary } from './fr';

/** English wording; typed as `Dictionary` so a missing or extra key is a compile error. */
export const en: Dictionary = {
  'app.name': 'Guichet',
  'app.documentTitle': '{page} · Guichet',

  'shell.skipToContent': 'Skip to main content',
  'shell.home': 'Guichet, back to home',
  'shell.languageSwitch.label': 'Interface language',
  'shell.userMenu.label': 'My account',
  'shell.userMenu.signIn': 'Sign in',
  'shell.footer.copyright': '© {year} Guichet — secure client area',

  'form.error.required': 'This field is required.',

  'login.pageTitle': 'Sign in',
  'login.heading': 'Sign in',
  'login.intro': 'Access your secure client area.',
  'login.workspace.label': 'Workspace',
  'login.identifier.label': 'Identifier (access code or e-mail)',
  'login.password.label': 'Password',
  'login.submit': 'Sign in',
  'login.comingSoon': 'Signing in will be available in a later version.',

  'notFound.pageTitle': 'Page not found',
  'notFound.heading': 'Page not found',
  'notFound.message': 'The page you asked for does not exist or has moved.',
  'notFound.backHome': 'Back to home',
};
