import { expect, test } from '@playwright/test';
import {
  CAPTCHA_TIMEOUT_MS,
  DEMO_ADMIN,
  DEMO_STAFF,
  DEMO_STAFF_BY_CODE,
  OTHER_FIRM_ADMIN,
  signIn,
} from './demo-accounts';

test.describe('signing in', () => {
  test('the demo admin lands home and reaches the administration', async ({ page }) => {
    await signIn(page, DEMO_ADMIN);

    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Bienvenue, Alex Administrateur',
    );
    await expect(page.getByText('Votre espace chez Cabinet Demo')).toBeVisible();
    await page.screenshot({ path: 'test-results/home-admin-fr.png', fullPage: true });

    await page.getByRole('main').getByRole('link', { name: 'Administration' }).click();
    await expect(page).toHaveURL(/\/admin\/accounts$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Comptes du cabinet');
  });

  test('staff land home, and the admin area does not exist for them', async ({ page }) => {
    await signIn(page, DEMO_STAFF);

    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Bienvenue, Camille Gestionnaire',
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'Administration' })).toHaveCount(
      0,
    );

    await page.goto('/admin/outbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });

  test('staff may sign in with their access code too', async ({ page }) => {
    await signIn(page, DEMO_STAFF_BY_CODE);

    await expect(page).toHaveURL(/\/home$/);
  });

  test('an admin of another firm signs in to that firm only', async ({ page }) => {
    await signIn(page, OTHER_FIRM_ADMIN);

    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('banner')).toContainText('Autre');
  });

  test('a wrong password is refused with one message for every case', async ({ page }) => {
    await signIn(page, { ...DEMO_STAFF_BY_CODE, password: 'not-the-password' });

    const problem = page.getByRole('alert').filter({ hasText: 'incorrectes' });
    await expect(problem).toHaveText(
      'Les informations de connexion sont incorrectes. Vérifiez-les puis réessayez.',
    );
    await expect(problem).toBeFocused();
    await page.screenshot({ path: 'test-results/login-refused-fr.png', fullPage: true });
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
  });

  test('a deep link prefills the workspace and identifier, never a password', async ({ page }) => {
    await page.goto('/w/demo/login?login=GEST0001&password=Demo-Gestion-2026!');

    await expect(page).toHaveURL(/\/w\/demo\/login\?login=GEST0001$/);
    await expect(page.getByRole('alert').first()).toContainText(
      'Ne mettez jamais votre mot de passe dans une adresse web',
    );
    await expect(page.getByLabel('Espace de travail')).toHaveValue('demo');
    await expect(page.getByLabel("Code d'accès ou e-mail")).toHaveValue('GEST0001');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');

    await page.getByLabel('Mot de passe', { exact: true }).fill('Demo-Gestion-2026!');
    const submit = page.getByRole('button', { name: 'Se connecter' });
    await expect(submit).toBeEnabled({ timeout: CAPTCHA_TIMEOUT_MS });
    await submit.click();
    await expect(page).toHaveURL(/\/home$/);
  });
});

test.describe('session', () => {
  test('warns before the idle timeout, stays signed in on request, then signs out from the menu', async ({
    page,
  }) => {
    // The browser's clock is Playwright's: twenty minutes pass in an instant.
    await page.clock.install();
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);

    await page.clock.fastForward('19:05');
    // Named by its title, which counts down.
    const warning = page.getByRole('alertdialog', { name: /Votre session va expirer dans \d+ s/ });
    await expect(warning).toBeVisible();
    const stay = warning.getByRole('button', { name: 'Rester connecté' });
    await expect(stay).toBeFocused();
    await page.screenshot({ path: 'test-results/idle-warning-fr.png' });

    await stay.click();
    await expect(warning).toBeHidden();

    await page.getByRole('button', { name: /Alex Administrateur/ }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();

    await page.goto('/home');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fhome$/);
  });

  test('ends after the idle timeout and says so', async ({ page }) => {
    await page.clock.install();
    await signIn(page, DEMO_STAFF_BY_CODE);
    await expect(page).toHaveURL(/\/home$/);

    await page.clock.fastForward('20:05');

    await expect(page).toHaveURL(/\/login\?expired=1&returnUrl=%2Fhome$/);
    await expect(
      page.getByText('Votre session a expiré. Reconnectez-vous pour continuer.'),
    ).toBeVisible();
    await page.goto('/home');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fhome$/);
  });
});
