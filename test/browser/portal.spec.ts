import { expect, test } from '@playwright/test';

test.describe('portal', () => {
  test('opens on the French sign-in page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('serves a deep link from the server and shows the not-found page for an unknown one', async ({
    page,
  }) => {
    const response = await page.goto('/nowhere/at/all');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Connexion');
  });
});
