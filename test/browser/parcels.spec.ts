import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_STAFF, type DemoAccount, signIn } from './demo-accounts';
import { passwordLink } from './dev-inbox-reader';

/** A client of the demo firm created by this test, so that it owns a password. */
const CLIENT: DemoAccount = {
  workspace: 'demo',
  identifier: '25357001',
  password: 'Colis-Hibou-Ardoise-73',
};
const CLIENT_EMAIL = 'paul.lemoine@example.test';
const CLIENT_NAME = 'Paul Lemoine';

/** The smallest well-formed PDF: one empty page, with its cross-reference table. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const NOTES = 'Relevé des échanges\nLigne 2 du fichier texte\n';

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu-button').click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

/** The admin creates the client without a manager, then assigns Camille from the parcels screens. */
async function createClientWithManager(page: Page): Promise<void> {
  await signIn(page, DEMO_ADMIN);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/admin/accounts/new');
  await page.getByLabel('Rôle').selectOption('client');
  await page.getByLabel("Code d'accès").fill(CLIENT.identifier);
  await page.getByLabel('Civilité').selectOption('mr');
  await page.getByLabel('Prénom').fill('Paul');
  await page.getByLabel('Nom', { exact: true }).fill('Lemoine');
  await page.getByLabel('Adresse e-mail').fill(CLIENT_EMAIL);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByTestId('new-account-outcome')).toHaveText(
    `Invitation envoyée à ${CLIENT_EMAIL}.`,
  );

  // The overview names the clients who cannot send yet, and leads to their assignment.
  await page.getByTestId('admin-nav-parcels').click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Dossiers sécurisés du cabinet');
  await page.getByRole('link', { name: `Attribuer un chargé de compte à ${CLIENT_NAME}` }).click();
  await expect(page).toHaveURL(/\/admin\/account-managers\?search=/);
  const select = page.getByLabel(`Chargé de compte de ${CLIENT_NAME}`);
  await expect(select).toHaveValue('');
  await select.selectOption({ label: 'Camille Gestionnaire' });
  await expect(page.getByTestId('account-managers-outcome')).toHaveText(
    `Chargé de compte de ${CLIENT_NAME} : Camille Gestionnaire.`,
  );
  await signOut(page);

  await page.goto(await passwordLink(page.request, CLIENT_EMAIL));
  await page.getByLabel('Saisissez votre mot de passe').fill(CLIENT.password);
  await page.getByLabel('Confirmez votre mot de passe').fill(CLIENT.password);
  await page.getByRole('checkbox', { name: /J'ai lu et j'accepte les conditions/ }).check();
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/w\/demo\/login\?login=25357001$/);
}

test.describe('secure parcels (seed 001)', () => {
  test('a client sends two files to their account manager, who views one and downloads the other; the client sees the receipt', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await createClientWithManager(page);

    // The client: no recipient to choose, the account manager is named.
    await signIn(page, CLIENT);
    await expect(page).toHaveURL(/\/home$/);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', {
        name: 'Envoyer un dossier',
      })
      .click();
    await expect(page).toHaveURL(/\/parcels\/new$/);
    await expect(page.getByTestId('send-recipient')).toHaveText(
      'Destinataire : votre chargé de compte, Camille Gestionnaire',
    );
    await page.getByLabel('Objet').fill('Pièces du dossier 2026');
    await page.getByLabel('Note').fill('Bonjour,\nvoici les pièces demandées.\n<b>pas du HTML</b>');
    await page.getByRole('button', { name: 'Continuer : ajouter les documents' }).click();
    await expect(page.getByRole('heading', { name: 'Documents' })).toBeFocused();
    const send = page.getByRole('button', { name: 'Envoyer le dossier' });
    await expect(send).toBeDisabled();

    await page.getByTestId('send-file-input').setInputFiles([
      { name: 'contrat.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTES) },
    ]);
    const statuses = page.getByTestId('send-file-status');
    await expect(statuses).toHaveText(['Enregistré', 'Enregistré'], { timeout: 30_000 });
    await page.screenshot({ path: 'test-results/parcel-send-fr.png', fullPage: true });
    await send.click();

    await expect(page).toHaveURL(/\/parcels\/[0-9a-f-]{36}$/);
    const parcelUrl = page.url();
    await expect(page.getByTestId('parcel-subject')).toHaveText('Pièces du dossier 2026');
    await expect(page.getByTestId('parcel-receipt-opened')).toHaveText('Pas encore ouvert');

    await page.getByTestId('main-nav-parcels-sent').click();
    const sentRow = page.getByTestId('parcels-row').filter({ hasText: 'Pièces du dossier 2026' });
    await expect(sentRow.getByTestId('parcels-unread')).toHaveText('Pas encore ouvert');
    await expect(sentRow.getByTestId('parcels-documents')).toContainText('2 documents');
    await expect(sentRow.getByTestId('parcels-expiry')).toHaveText(/^expire dans \d+ jours$/);
    await signOut(page);

    // The account manager: the parcel waits, unread, among the secure parcels.
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/);
    await page.getByTestId('main-nav-parcels-received').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossiers sécurisés');
    const row = page.getByTestId('parcels-row').filter({ hasText: 'Pièces du dossier 2026' });
    await expect(row.getByTestId('parcels-unread')).toHaveText('Nouveau');
    await expect(row.getByTestId('parcels-party')).toHaveText(CLIENT_NAME);
    await page.screenshot({ path: 'test-results/parcels-received-fr.png', fullPage: true });
    await row.getByRole('link', { name: 'Pièces du dossier 2026' }).click();
    await expect(page.getByTestId('parcel-note')).toHaveText(
      'Bonjour,\nvoici les pièces demandées.\n<b>pas du HTML</b>',
    );

    // The PDF opens in a new tab, shown by the browser rather than saved.
    const pdfResponse = page
      .context()
      .waitForEvent('response', (response) => response.url().includes('disposition=inline'));
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: /^contrat\.pdf/ }).click(),
    ]);
    const response = await pdfResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(response.headers()['content-disposition']).toMatch(/^inline/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    await popup.close();

    // The text file downloads, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger notes.txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('notes.txt');
    expect(await readFile(await download.path(), 'utf8')).toBe(NOTES);
    await expect(page.getByTestId('parcel-receipts')).toHaveCount(0);
    await signOut(page);

    // The client: the receipt says who opened it and fetched what.
    await signIn(page, CLIENT);
    await expect(page).toHaveURL(/\/home$/);
    await page.getByTestId('main-nav-parcels-sent').click();
    const opened = page.getByTestId('parcels-row').filter({ hasText: 'Pièces du dossier 2026' });
    await expect(opened).toBeVisible();
    await expect(opened.getByTestId('parcels-unread')).toHaveCount(0);
    await opened.getByRole('link', { name: 'Pièces du dossier 2026' }).click();
    await expect(page).toHaveURL(parcelUrl);
    const receipt = page.getByTestId('parcel-receipt');
    await expect(receipt.locator('th')).toHaveText('Camille Gestionnaire');
    await expect(page.getByTestId('parcel-receipt-opened')).toHaveText(
      /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/,
    );
    // Two at a time, the documents are stored in whichever order they finish.
    const reads = page.getByTestId('parcel-receipt-download');
    await expect(reads).toHaveCount(2);
    for (const name of ['contrat.pdf', 'notes.txt']) {
      await expect(reads.filter({ hasText: name })).toHaveText(
        new RegExp(`${name.replace('.', '\\.')} : le \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d`),
      );
    }
    await page.screenshot({ path: 'test-results/parcel-receipt-fr.png', fullPage: true });
  });

  test('a parcel that does not exist says so', async ({ page }) => {
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/parcels/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Ce dossier n'existe pas ou a expiré",
    );
  });
});
