import { expect, test } from '@playwright/test';

test.describe('portal', () => {
  test('opens on the French sign-in page and switches to English on request', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/portal-login-fr.png', fullPage: true });

    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  });

  test('serves a deep link from the server and shows the not-found page for an unknown one', async ({
    page,
  }) => {
    const response = await page.goto('/nowhere/at/all');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });
});
