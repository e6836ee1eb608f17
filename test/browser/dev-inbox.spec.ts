import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './demo-accounts';

test.describe('development inbox', () => {
  test('shows every template sent through the real outbox, then an empty admin outbox', async ({
    page,
  }) => {
    await page.goto('/dev/inbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Boîte de réception de développement',
    );
    await expect(
      page.getByRole('link', { name: 'Boîte de réception de développement' }),
    ).toBeVisible();

    await page.getByLabel('Adresse e-mail').fill('sophie.bataillon@example.test');
    await page.getByLabel('Mobile (facultatif)').fill('06 12 34 56 78');
    await expect(page.getByLabel('Langue des messages')).toHaveValue('fr');
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'mis en file' })).toHaveText(
      "13 messages mis en file d'attente.",
    );

    // The page asks the server every 3 seconds; the outbox worker delivers within a second or two.
    const received = page.getByRole('list', {
      name: 'Messages reçus, du plus récent au plus ancien',
    });
    const passwordMail = received
      .getByRole('button')
      .filter({ hasText: 'Définissez votre mot de passe' });
    await expect(passwordMail).toBeVisible({ timeout: 15_000 });
    await expect(received.getByRole('button').filter({ hasText: 'SMS' })).toBeVisible({
      timeout: 15_000,
    });

    await passwordMail.click();
    await expect(passwordMail).toHaveAttribute('aria-current', 'true');
    const preview = page.locator('iframe');
    await expect(preview).toHaveAttribute('sandbox', '');
    await expect(page.frameLocator('iframe').locator('body')).toContainText(
      'Bonjour Madame Bataillon',
    );
    await page.screenshot({ path: 'test-results/dev-inbox-fr.png', fullPage: true });

    await page.getByRole('radio', { name: 'Texte' }).click();
    await expect(page.getByTestId('dev-inbox-mail-text')).toContainText('Bonjour Madame Bataillon');

    // The admin area needs an admin session. The admin sees their own firm's messages only; the
    // samples belong to no firm, so the list is empty.
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/admin/outbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Messages en attente ou en échec',
    );
    await expect(page.getByText('Aucun message en attente')).toBeVisible();
  });
});
