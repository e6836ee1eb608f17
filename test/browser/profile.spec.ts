import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import type { DevInboxItem } from '@guichet/contracts';
import { totpCode } from '../support/authenticator';
import { CAPTCHA_TIMEOUT_MS, DEMO_STAFF, signIn } from './demo-accounts';

const openProfile = async (page: Page) => {
  await page.getByRole('button', { name: /Camille Gestionnaire/ }).click();
  await page.getByRole('menuitem', { name: 'Mon profil' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon profil');
};

test.describe('profile', () => {
  test('a user turns on an authenticator app, keeps the recovery codes and signs in with it', async ({
    page,
  }) => {
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/);
    await openProfile(page);
    const security = page.getByTestId('profile-security-state');
    await expect(security).toContainText('Vérification en deux étapes : désactivée');

    await page.getByRole('button', { name: "Activer une application d'authentification" }).click();
    await expect(page.getByRole('heading', { level: 3 })).toBeFocused();
    await page.getByLabel('Mot de passe actuel').fill('not-the-password');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText('Ce mot de passe est incorrect.')).toBeVisible();
    await expect(page.getByLabel('Mot de passe actuel')).toBeFocused();
    await page.getByLabel('Mot de passe actuel').fill(DEMO_STAFF.password);
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(
      page.getByRole('img', {
        name: "QR code à scanner avec votre application d'authentification",
      }),
    ).toBeVisible();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.screenshot({ path: 'test-results/profile-totp-qr-fr.png', fullPage: true });
    await page.getByLabel('Code à 6 chiffres').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Valider' }).click();

    const codes = page.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    const shown = await codes.allTextContents();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger (.txt)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('codes-de-secours-guichet.txt');
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toContain('Codes de secours Guichet — Cabinet Demo — GEST0001');
    for (const code of shown) expect(file).toContain(code.trim());

    const finish = page.getByRole('button', { name: 'Terminer' });
    await expect(finish).toBeDisabled();
    await page.getByRole('checkbox', { name: "J'ai conservé ces codes en lieu sûr" }).check();
    await finish.click();
    await expect(page.getByTestId('profile-outcome')).toHaveText(
      "L'application d'authentification est activée.",
    );
    await expect(security).toContainText('Vérification en deux étapes : activée');
    await expect(security).toContainText('10 codes de secours restants');

    await page.getByRole('button', { name: /Camille Gestionnaire/ }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);

    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/second-factor$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérification en deux étapes');
    // The next period's code: the one used to turn the app on cannot serve twice.
    await page.getByLabel('Code à 6 chiffres').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page).toHaveURL(/\/home$/);

    // Back as it was, for the other tests of the run.
    await openProfile(page);
    await page.getByRole('button', { name: 'Désactiver la vérification en deux étapes' }).click();
    await page.getByLabel('Mot de passe actuel').fill(DEMO_STAFF.password);
    await page.getByRole('button', { name: 'Désactiver', exact: true }).click();
    await expect(security).toContainText('Vérification en deux étapes : désactivée');
  });

  test('a user adds a mobile with the code the SMS brings', async ({ page }) => {
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/, { timeout: CAPTCHA_TIMEOUT_MS });
    await openProfile(page);
    await expect(page.getByTestId('profile-mobile-number')).toHaveText('Non renseigné');

    await page.getByRole('button', { name: 'Ajouter un mobile' }).click();
    await page.getByLabel('Nouveau numéro de mobile').fill('01 23 45 67 89');
    await page.getByLabel('Mot de passe actuel').fill(DEMO_STAFF.password);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText('Saisissez un numéro de mobile valide.')).toBeVisible();

    await page.getByLabel('Nouveau numéro de mobile').fill('07 81 23 45 67');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByTestId('flow-status')).toHaveText(
      "Un code vient d'être envoyé au +33 7 81 23 45 67. Saisissez-le pour confirmer ce numéro.",
    );

    // The development inbox holds what the SMS provider would have delivered.
    let code = '';
    await expect(async () => {
      const inbox = (await (await page.request.get('/api/dev/inbox')).json()) as DevInboxItem[];
      const sms = inbox.find((item) => item.channel === 'sms' && item.to === '+33781234567');
      code = sms?.text.match(/\d{6}/)?.[0] ?? '';
      expect(code).toMatch(/^\d{6}$/);
    }).toPass({ timeout: 15_000 });
    await page.getByLabel('Code à 6 chiffres').fill(code);
    await page.getByRole('button', { name: 'Valider' }).click();

    await expect(page.getByTestId('profile-outcome')).toHaveText(
      'Votre mobile +33 7 81 23 45 67 est enregistré et vérifié.',
    );
    await expect(page.getByTestId('profile-mobile-number')).toHaveText(
      '+33 7 81 23 45 67 (vérifié)',
    );
    await page.screenshot({ path: 'test-results/profile-fr.png', fullPage: true });
  });
});
