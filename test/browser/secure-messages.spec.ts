import { type Page, expect, test } from '@playwright/test';
import { DEMO_STAFF, signIn } from './demo-accounts';
import { mailCode, mailCount, secureMessageLink } from './dev-inbox-reader';

/** An address with no account: the external recipient of seed 004. */
const RECIPIENT = `destinataire.${Date.now()}@externe.example`;
const BODY = 'Bonjour,\nVoici le détail de votre dossier.\n<b>pas du HTML</b>';

/** Staff write a secure message from the menu, with one attachment, and send it. */
async function sendMessage(page: Page, subject: string): Promise<void> {
  await page.getByTestId('main-nav-messages').click();
  await page.getByTestId('messages-new').click();
  await page.getByTestId('compose-recipients').fill(RECIPIENT);
  await page.getByTestId('compose-subject').fill(subject);
  await page.getByTestId('compose-body').fill(BODY);
  await page.getByTestId('compose-continue').click();
  await page
    .getByTestId('send-file-input')
    .setInputFiles([
      { name: 'releve.txt', mimeType: 'text/plain', buffer: Buffer.from('Relevé 2026\n') },
    ]);
  await expect(page.getByTestId('compose-send')).toBeEnabled();
  await page.getByText('releve.txt').first().waitFor();
  await expect(page.getByTestId('compose-send')).toBeEnabled();
  await page.getByTestId('compose-send').click();
  await expect(page).toHaveURL(/\/messages$/);
  await expect(page.getByTestId('messages-item').first()).toContainText(subject);
}

test('seed 004: an external recipient reads two messages with one code (PARCEL-8, OTP-3)', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO_STAFF);
  await expect(page).toHaveURL(/\/home$/);
  await sendMessage(page, 'Votre dossier 4471');

  const reader = await browser.newContext({ acceptDownloads: true });
  const tab = await reader.newPage();
  const first = await secureMessageLink(page.request, RECIPIENT);
  await tab.goto(first);
  await expect(tab.getByTestId('reader-subject')).toHaveText('Votre dossier 4471');
  await expect(tab.getByTestId('reader-body')).toHaveCount(0);
  await tab.getByRole('button', { name: 'Recevoir un code' }).click();
  await expect(tab.getByTestId('reader-code-sent')).toBeVisible();

  const code = await mailCode(page.request, RECIPIENT);
  await expect(tab.getByTestId('reader-code')).toHaveAttribute('autocomplete', 'one-time-code');
  await tab.getByTestId('reader-code').fill(code);
  await tab.getByLabel('Ordinateur privé : rester connecté 12 heures').check();
  await tab.getByTestId('reader-submit').click();

  await expect(tab.getByTestId('reader-message-subject')).toHaveText('Votre dossier 4471');
  await expect(tab.getByTestId('reader-body')).toHaveText(BODY);
  const download = tab.waitForEvent('download');
  await tab.getByTestId('reader-download').click();
  expect((await download).suggestedFilename()).toBe('releve.txt');

  // The sender sees the receipt.
  await page.reload();
  await expect(page.getByTestId('messages-status').first()).toHaveText('Téléchargé');

  // A second message: its link opens at once, with no second code and no wait.
  await sendMessage(page, 'Complément au dossier 4471');
  const second = await secureMessageLink(page.request, RECIPIENT, new Set([first]));
  const mailsBefore = await mailCount(page.request, RECIPIENT);
  await tab.goto(second);
  await expect(tab.getByTestId('reader-message-subject')).toHaveText('Complément au dossier 4471');
  await expect(tab.getByTestId('reader-request-code')).toHaveCount(0);
  expect(await mailCount(page.request, RECIPIENT)).toBe(mailsBefore);
  await reader.close();
});
