import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { zipEntries } from '../support/zip-entries';
import { DEMO_ADMIN, signIn } from './demo-accounts';

test.describe('GDPR: export and erasure of a client', () => {
  test('an admin exports a client’s data, then erases it after typing the access code', async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    // A client of its own, so that the other browser tests keep the demo clients.
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
    const created = await page.request.post('/api/admin/accounts', {
      headers: { 'X-XSRF-TOKEN': xsrf ?? '' },
      data: {
        role: 'client',
        accessCode: 'RGPD0001',
        firstName: 'Léonie',
        lastName: 'Vasseur-Tindal',
        email: 'leonie.vasseur@exemple.test',
        credential: 'temporary-password',
      },
    });
    expect(created.status()).toBe(201);

    await page.goto('/admin/accounts');
    const rows = page.getByTestId('accounts-row');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Vasseur');
    await expect(rows).toHaveCount(1);
    await rows
      .first()
      .getByRole('button', { name: 'Autres actions pour Léonie Vasseur-Tindal' })
      .click();
    await page
      .getByRole('menuitem', { name: 'Exporter ou effacer les données de Léonie Vasseur-Tindal' })
      .click();
    await expect(page).toHaveURL(/\/admin\/gdpr\/client\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Données personnelles (RGPD)' })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter les données' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^export-client-.*\.zip$/);
    const zip = zipEntries(await readFile((await download.path())!));
    const json = JSON.parse(zip.get('donnees.json')!.toString('utf8'));
    expect(json.data.identity.account[0]).toMatchObject({
      accessCode: 'RGPD0001',
      lastName: 'Vasseur-Tindal',
    });

    await page.getByRole('button', { name: 'Effacer les données' }).click();
    await expect(
      page.getByRole('heading', { name: 'Effacer les données de Léonie Vasseur-Tindal ?' }),
    ).toBeVisible();
    await expect(page.getByTestId('erase-data-counts')).toContainText('Compte : 1');
    const confirm = page.getByRole('button', { name: 'Effacer définitivement' });
    const typed = page.getByLabel('Confirmation');
    await expect(page.getByText('Saisissez « RGPD0001 » pour confirmer.')).toBeVisible();
    await typed.fill('RGPD0002');
    await expect(confirm).toBeDisabled();
    await page.screenshot({ path: 'test-results/gdpr-erase-preview-fr.png', fullPage: true });
    await typed.fill('rgpd0001');
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(page.getByTestId('erase-data-done')).toContainText(
      'Les données ont été effacées. Référence de l’effacement :',
    );

    await page.getByRole('link', { name: 'Retour aux comptes' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Vasseur');
    await expect(page.getByTestId('accounts-table')).toBeVisible();
    await expect(rows).toHaveCount(0);
  });

  test('an admin erases a CRM contact from its record page and lands on the contacts list', async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
    const tag = `E${Date.now().toString(36)}`;
    const created = await page.request.post('/api/crm/contacts', {
      headers: { 'X-XSRF-TOKEN': xsrf ?? '' },
      data: { firstName: 'Odile', lastName: tag },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/crm/contacts/${id}`);
    await expect(page.getByTestId('crm-record-name')).toContainText(tag);
    await page.getByRole('button', { name: 'Effacer les données' }).click();
    await expect(page.getByText(`Saisissez « Odile ${tag} » pour confirmer.`)).toBeVisible();
    await page.getByLabel('Confirmation').fill(`odile ${tag}`);
    await page.getByRole('button', { name: 'Effacer définitivement' }).click();

    await expect(page).toHaveURL(/\/crm\/contacts$/);
    await expect(
      page.getByText('Les données ont été effacées. Référence de l’effacement :'),
    ).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
    await expect(page.getByTestId('crm-row')).toHaveCount(0);
    expect((await page.request.get(`/api/crm/contacts/${id}`)).status()).toBe(404);
  });
});
