import { type Page, expect, test } from '@playwright/test';
import { CAPTCHA_TIMEOUT_MS, DEMO_ADMIN, OTHER_FIRM_ADMIN, signIn } from './demo-accounts';
import { passwordLink } from './dev-inbox-reader';

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu-button').click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

test.describe('identity verification by the firm', () => {
  test('a first connection that cannot be verified goes to the admin queue, whose approval mails the link', async ({
    page,
  }) => {
    const email = 'paul.bernard@example.test';

    // The firm `autre` sends no SMS codes and the number typed is not the one on file.
    await page.goto('/w/autre/first-connection');
    await expect(page.getByLabel('Espace de travail')).toHaveValue('autre');
    await page.getByLabel("Code d'accès", { exact: true }).fill('30000001');
    const validate = page.getByRole('button', { name: 'Valider' });
    await expect(validate).toBeEnabled({ timeout: CAPTCHA_TIMEOUT_MS });
    await validate.click();
    await expect(page).toHaveURL(/\/w\/autre\/first-connection\/contact$/);
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByLabel('Numéro de téléphone mobile').fill('06 11 22 33 66');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(page).toHaveURL(/\/w\/autre\/first-connection\/under-review$/);
    await expect(page.getByTestId('under-review-message')).toHaveText(
      'Si les informations saisies correspondent à celles de notre dossier, vous recevrez un mail contenant le lien pour définir votre mot de passe.',
    );
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect(page).toHaveURL(/\/w\/autre\/login$/);

    await signIn(page, OTHER_FIRM_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/admin/identity-reviews');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      "Demandes de vérification d'identité",
    );
    const request = page.getByTestId('identity-review').filter({ hasText: '30000001' });
    await expect(request.getByRole('heading', { level: 3 })).toHaveText('Monsieur Paul Bernard');
    await expect(request.getByTestId('given-email')).toHaveText(email);
    await expect(request.getByTestId('on-file-mobile')).toHaveText('+33 6 98 76 54 32');
    await expect(request.getByTestId('given-mobile')).toHaveText('+33 6 11 22 33 66');
    await page.screenshot({ path: 'test-results/admin-identity-reviews-fr.png', fullPage: true });

    await request
      .getByRole('button', { name: 'Approuver la demande de Monsieur Paul Bernard' })
      .click();
    await expect(
      request.getByText(`Envoyer le lien de définition du mot de passe à ${email} ?`),
    ).toBeFocused();
    await request.getByRole('button', { name: 'Confirmer' }).click();
    await expect(page.getByTestId('reviews-outcome')).toHaveText(
      `Demande approuvée : le lien a été envoyé à ${email}.`,
    );
    await expect(request.getByTestId('review-decided')).toContainText('Dominique Autre');

    await expect(await passwordLink(page.request, email)).toMatch(/^\/set-password\?token=/);
  });

  test('an account created by an admin is invited by mail and accepts the terms of use (IDV-8, seed 001)', async ({
    page,
  }) => {
    const email = 'lea.moreau@example.test';
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/admin/accounts/new');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Nouveau compte');

    await page.getByLabel('Rôle').selectOption('client');
    await page.getByLabel("Code d'accès").fill('25359999');
    await page.getByLabel('Civilité').selectOption('mrs');
    await page.getByLabel('Prénom').fill('Léa');
    await page.getByLabel('Nom', { exact: true }).fill('Moreau');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Gestionnaire du compte').selectOption({ label: 'Camille Gestionnaire' });
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(page.getByTestId('new-account-outcome')).toHaveText(
      `Invitation envoyée à ${email}.`,
    );

    // The same access code again is refused on its field.
    await page.getByLabel("Code d'accès").fill('25359999');
    await page.getByLabel('Nom', { exact: true }).fill('Autre');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(
      page.getByText("Ce code d'accès est déjà attribué à un autre compte du cabinet.").first(),
    ).toBeVisible();
    await signOut(page);

    await page.goto(await passwordLink(page.request, email));
    await expect(page.getByTestId('set-password-greeting')).toHaveText('Bonjour Madame Moreau,');
    await page.getByLabel('Saisissez votre mot de passe').fill('Invitation-acceptee-2026');
    await page.getByLabel('Confirmez votre mot de passe').fill('Invitation-acceptee-2026');
    const submit = page.getByRole('button', { name: 'Valider' });
    await expect(submit).toBeDisabled();
    await page.getByRole('checkbox', { name: /J'ai lu et j'accepte les conditions/ }).check();
    await submit.click();

    await expect(page).toHaveURL(/\/w\/demo\/login\?login=25359999$/);
    await page.getByLabel('Mot de passe', { exact: true }).fill('Invitation-acceptee-2026');
    const signInButton = page.getByRole('button', { name: 'Se connecter' });
    await expect(signInButton).toBeEnabled({ timeout: CAPTCHA_TIMEOUT_MS });
    await signInButton.click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue, Madame Moreau');
  });
});
