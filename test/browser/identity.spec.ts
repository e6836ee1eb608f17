import { type Page, expect, test } from '@playwright/test';
import {
  CAPTCHA_TIMEOUT_MS,
  type DemoAccount,
  LEGACY_CLIENT_WITHOUT_EMAIL,
  LEGACY_CLIENT_WITH_EMAIL,
  signIn,
} from './demo-accounts';
import { passwordLink, smsCode } from './dev-inbox-reader';

/**
 * A password that meets the default policy (CNIL 2022: 12 characters, 50 bits, strength 3, none
 * of the user's or the firm's words: "guichet" is in the demo e-mail addresses).
 */
const NEW_PASSWORD = 'Tr0mb0ne-Lune-Vapeur-91';

/** Clicks a button once its form's CAPTCHA is solved (it stays disabled until then). */
async function submitWhenReady(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name });
  await expect(button).toBeEnabled({ timeout: CAPTCHA_TIMEOUT_MS });
  await button.click();
}

/** On the password page of a link: the password twice, the live checklist met, submitted. */
async function setPassword(page: Page, link: string, greeting: string): Promise<void> {
  await page.goto(link);
  // The token leaves the address at once (IDV-5): not in the history, nor a bookmark.
  await expect(page).toHaveURL(/\/set-password$/);
  await expect(page.getByTestId('set-password-greeting')).toHaveText(greeting);

  const password = page.getByLabel('Saisissez votre mot de passe');
  await password.fill('trop-court');
  await expect(page.getByTestId('rule-min-length')).toHaveAttribute('data-met', 'false');
  await password.fill(NEW_PASSWORD);
  await expect(page.getByTestId('rule-min-length')).toHaveAttribute('data-met', 'true');
  await page.getByLabel('Confirmez votre mot de passe').fill(NEW_PASSWORD);
  await expect(page.getByTestId('rule-match')).toHaveAttribute('data-met', 'true');
  await page.screenshot({ path: 'test-results/set-password-fr.png', fullPage: true });
  await page.getByRole('button', { name: 'Valider' }).click();
}

/** After the password page: the sign-in page says so, identifier filled in; sign in and land home. */
async function signInWithNewPassword(page: Page, account: DemoAccount): Promise<void> {
  await expect(page).toHaveURL(
    new RegExp(`/w/${account.workspace}/login\\?login=${account.identifier}$`),
  );
  await expect(page.getByTestId('login-notice-passwordSet')).toContainText(
    'Votre mot de passe est enregistré.',
  );
  await expect(page.getByLabel("Code d'accès ou e-mail")).toHaveValue(account.identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await submitWhenReady(page, 'Se connecter');
  await expect(page).toHaveURL(/\/home$/);
}

test.describe('identity verification (seed 000)', () => {
  test('first connection of a client with no e-mail and no mobile: SMS code, mailed link, password, sign-in', async ({
    page,
  }) => {
    const email = 'marc.durand@example.test';
    const mobile = '06 11 22 33 44';

    await page.goto('/login');
    await page.getByRole('link', { name: 'Première connexion' }).click();
    await expect(page).toHaveURL(/\/first-connection\/access-code$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Première connexion');
    await expect(page.getByText('Étape 1 sur 4')).toBeVisible();
    await expect(
      page.getByText(
        "Afin de vous identifier et de vous délivrer un accès à votre espace client, nous vous remercions de saisir votre code d'accès.",
      ),
    ).toBeVisible();
    await page.getByLabel('Espace de travail').fill('demo');
    await page.getByLabel("Code d'accès", { exact: true }).fill('25350003');
    await submitWhenReady(page, 'Valider');

    // No e-mail on file: e-mail and mobile, both mandatory (IDV-3b).
    await expect(page).toHaveURL(/\/first-connection\/contact$/);
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    const next = page.getByRole('button', { name: 'Suivant' });
    await expect(next).toBeDisabled();
    await page.getByLabel('Numéro de téléphone mobile').fill(mobile);
    await next.click();

    // No mobile on file and the firm sends SMS codes: a code to the number given.
    await expect(page).toHaveURL(/\/first-connection\/verify-code$/);
    await expect(
      page.getByText(
        'Vous allez recevoir un code de confirmation par SMS sur le numéro de téléphone suivant :',
      ),
    ).toBeVisible();
    await expect(page.getByTestId('masked-mobile')).toContainText('44');
    await expect(page.getByTestId('attempts-left')).toHaveText('Il vous reste 5 essais.');
    await page.screenshot({ path: 'test-results/first-connection-code-fr.png', fullPage: true });

    // A wrong code first: counted by the server, said to the user.
    const codeField = page.getByLabel('Code de validation à 6 chiffres');
    const code = await smsCode(page.request, mobile);
    await codeField.fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await expect(page.getByTestId('step-problem')).toHaveText(
      'Ce code est erroné ou a expiré. Il vous reste 4 essais.',
    );
    // Refresh: the flow resumes where it was (IDV-7).
    await page.reload();
    await expect(page).toHaveURL(/\/first-connection\/verify-code$/);
    await expect(page.getByTestId('attempts-left')).toHaveText('Il vous reste 4 essais.');

    await codeField.fill(code);
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await expect(page).toHaveURL(/\/first-connection\/link-sent$/);
    await expect(page.getByTestId('link-sent-message')).toHaveText(
      `Un mail contenant le lien pour changer votre mot de passe vient d'être envoyé à l'adresse ${email}`,
    );
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect(page).toHaveURL(/\/w\/demo\/login$/);

    const link = await passwordLink(page.request, email);
    await setPassword(page, link, 'Bonjour Monsieur Durand,');
    await signInWithNewPassword(page, { workspace: 'demo', identifier: '25350003', password: '' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue, Monsieur Durand');

    // The link served once (IDV-5).
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Ce lien n'est plus valide");
  });

  test('legacy migration without an e-mail on file: enter one, set the password, sign in with it (IDV-2a)', async ({
    page,
  }) => {
    const email = 's.teng@example.test';
    await signIn(page, LEGACY_CLIENT_WITHOUT_EMAIL);
    await expect(page).toHaveURL(/\/legacy-migration\/enter-email$/);

    // Nothing else is open until the migration is done (AUTH-9).
    await page.goto('/home');
    await expect(page).toHaveURL(/\/legacy-migration\/enter-email$/);
    // Cancel ends the flow and signs out; the legacy password still works until a new one is set.
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await signIn(page, LEGACY_CLIENT_WITHOUT_EMAIL);

    await expect(page).toHaveURL(/\/legacy-migration\/enter-email$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mise à jour de votre accès');
    await expect(page.getByTestId('wizard-intro')).toHaveText(
      'Conformément au Règlement Général sur la Protection des Données (RGPD), vous devez procéder au changement de votre mot de passe.',
    );
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Suivant' }).click();

    await expect(page).toHaveURL(/\/legacy-migration\/link-sent$/);
    await expect(page.getByTestId('link-sent-message')).toContainText(email);
    // Close signs out: the user will sign in with the password chosen through the link.
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);

    await setPassword(page, await passwordLink(page.request, email), 'Bonjour Monsieur Teng,');
    await signInWithNewPassword(page, LEGACY_CLIENT_WITHOUT_EMAIL);

    // The old password stopped working (IDV-2).
    await page.getByTestId('user-menu-button').click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await signIn(page, LEGACY_CLIENT_WITHOUT_EMAIL);
    await expect(page.getByRole('alert').filter({ hasText: 'incorrectes' })).toBeVisible();
  });

  test('legacy migration with an e-mail on file: the masked address, confirmed (IDV-2b)', async ({
    page,
  }) => {
    await signIn(page, LEGACY_CLIENT_WITH_EMAIL);

    await expect(page).toHaveURL(/\/legacy-migration\/confirm-email$/);
    await expect(page.getByText("Souhaitez-vous utiliser l'adresse ci-dessous ?")).toBeVisible();
    await expect(page.getByTestId('masked-email')).toHaveText(/s\.b\*+@demo\.guichet\.test/);
    await expect(page.getByRole('button', { name: 'Formulaire de saisie' })).toBeVisible();
    await page.screenshot({ path: 'test-results/legacy-confirm-email-fr.png', fullPage: true });
    await page.getByRole('button', { name: 'Confirmer' }).click();

    await expect(page).toHaveURL(/\/legacy-migration\/link-sent$/);
    await expect(page.getByTestId('link-sent-message')).toContainText("vient d'être envoyé");
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);

    const link = await passwordLink(page.request, 's.bataillon@demo.guichet.test');
    await page.goto(link);
    await expect(page.getByTestId('set-password-greeting')).toHaveText('Bonjour Madame Bataillon,');
  });

  test('forgotten password: a neutral answer, then the mailed link sets a new password', async ({
    page,
  }) => {
    const account: DemoAccount = { workspace: 'demo', identifier: '25350001', password: '' };
    await page.goto('/w/demo/login');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expect(page).toHaveURL(/\/w\/demo\/forgot-password$/);
    await expect(page.getByLabel('Espace de travail')).toHaveValue('demo');
    await page.getByLabel("Code d'accès ou e-mail").fill(account.identifier);
    await submitWhenReady(page, 'Valider');

    await expect(page.getByTestId('forgot-password-sent')).toHaveText(
      "Si ces informations correspondent à un compte, un mail contenant le lien pour changer votre mot de passe vient d'être envoyé à l'adresse enregistrée.",
    );
    const link = await passwordLink(page.request, 'claire.martin@demo.guichet.test');
    await setPassword(page, link, 'Bonjour Madame Martin,');
    await signInWithNewPassword(page, account);
  });

  test('an invalid link says so and offers to ask for a new one', async ({ page }) => {
    await page.goto('/set-password?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');

    await expect(page).toHaveURL(/\/set-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Ce lien n'est plus valide");
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mot de passe oublié');
  });
});
