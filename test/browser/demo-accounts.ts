import { type Page, expect } from '@playwright/test';

/** A demo account (README, development mode). */
export interface DemoAccount {
  workspace: string;
  identifier: string;
  password: string;
}

export const DEMO_ADMIN: DemoAccount = {
  workspace: 'demo',
  identifier: 'ADMIN001',
  password: 'Demo-Admin-2026!',
};
export const DEMO_STAFF: DemoAccount = {
  workspace: 'demo',
  identifier: 'gestionnaire@demo.guichet.test',
  password: 'Demo-Gestion-2026!',
};
export const DEMO_STAFF_BY_CODE: DemoAccount = { ...DEMO_STAFF, identifier: 'GEST0001' };
export const LEGACY_CLIENT_WITHOUT_EMAIL: DemoAccount = {
  workspace: 'demo',
  identifier: '72018689',
  password: 'ancien72',
};
export const LEGACY_CLIENT_WITH_EMAIL: DemoAccount = {
  workspace: 'demo',
  identifier: '70016968',
  password: 'ancien70',
};
export const OTHER_FIRM_ADMIN: DemoAccount = {
  workspace: 'autre',
  identifier: 'ADMIN001',
  password: 'Autre-Admin-2026!',
};

/** The proof of work runs in the background; in CI Chromium it takes a few seconds at most. */
export const CAPTCHA_TIMEOUT_MS = 30_000;

/**
 * Fills the sign-in form at `/login` and submits it once the CAPTCHA is solved, as a person
 * would: the submit button stays disabled until then.
 */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Espace de travail').fill(account.workspace);
  await page.getByLabel("Code d'accès ou e-mail").fill(account.identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  const submit = page.getByRole('button', { name: 'Se connecter' });
  await expect(submit).toBeEnabled({ timeout: CAPTCHA_TIMEOUT_MS });
  await submit.click();
}
