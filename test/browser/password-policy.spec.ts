import { type Page, expect, test } from '@playwright/test';
import { DEMO_ADMIN, type DemoAccount, signIn } from './demo-accounts';

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu-button').click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

/** Creates a client with a temporary password from `/admin/accounts/new`; answers the password. */
async function createWithTemporaryPassword(
  page: Page,
  person: { accessCode: string; firstName: string; lastName: string },
): Promise<string> {
  await page.goto('/admin/accounts/new');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Nouveau compte');
  await page.getByLabel('Rôle').selectOption('client');
  await page.getByLabel("Code d'accès").fill(person.accessCode);
  await page.getByLabel('Prénom').fill(person.firstName);
  await page.getByLabel('Nom', { exact: true }).fill(person.lastName);
  await page.getByRole('radio', { name: 'Mot de passe temporaire' }).check();
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByTestId('new-account-outcome')).toHaveText(
    `Compte ${person.accessCode} créé avec un mot de passe temporaire. Aucun mail n'a été envoyé.`,
  );
  const secret = page.getByTestId('one-time-secret-value');
  await expect(page.getByTestId('one-time-secret-heading')).toHaveText(
    `Mot de passe temporaire de ${person.firstName} ${person.lastName} (${person.accessCode})`,
  );
  await expect(page.getByTestId('one-time-secret-heading')).toBeFocused();
  const password = (await secret.textContent())?.trim() ?? '';
  expect(password).toMatch(/^\S{14,}$/);
  return password;
}

test.describe('password policy (seed 002)', () => {
  test('an admin creates a user with a temporary password, who must change it at first sign-in with the live checklist (PWD-3)', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const person = { accessCode: '25357777', firstName: 'Paul', lastName: 'Girard' };

    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    // The demo firm stages the policy in `warn` mode: the admin's password holds the firm's name.
    await expect(page.getByTestId('password-warning')).toContainText(
      'Votre mot de passe ne respecte plus la stratégie des mots de passe de votre cabinet.',
    );
    await expect(page.getByTestId('password-warning-change')).toHaveAttribute(
      'href',
      '/change-password',
    );

    const temporary = await createWithTemporaryPassword(page, person);
    await expect(page.getByTestId('one-time-secret-warning')).toContainText(
      'Ce mot de passe ne sera plus affiché',
    );
    await page.screenshot({ path: 'test-results/admin-temporary-password-fr.png', fullPage: true });
    await page.getByRole('button', { name: 'Copier dans le presse-papier' }).click();
    await expect(page.getByTestId('one-time-secret-status')).toHaveText(
      'Mot de passe copié dans le presse-papier.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);
    await page.getByRole('button', { name: "J'ai transmis ce mot de passe, fermer" }).click();
    await expect(page.getByTestId('one-time-secret-value')).toBeHidden();
    await signOut(page);

    const user: DemoAccount = {
      workspace: 'demo',
      identifier: person.accessCode,
      password: temporary,
    };
    await signIn(page, user);
    await expect(page).toHaveURL(/\/change-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changer mon mot de passe');
    await expect(page.getByTestId('change-password-reason')).toHaveText(
      'Votre mot de passe est temporaire : choisissez maintenant votre mot de passe strictement personnel pour continuer.',
    );
    // Nothing else is reachable before the change.
    await page.goto('/home');
    await expect(page).toHaveURL(/\/change-password$/);

    await page.getByLabel('Mot de passe actuel', { exact: true }).fill(temporary);
    const newPassword = page.getByLabel('Nouveau mot de passe', { exact: true });
    const checklist = page.getByTestId('password-checklist');
    await newPassword.fill('Girard2024!');
    // Too short, with the user's own name, and common once the word lists are in.
    await expect(checklist.getByTestId('rule-min-length')).toHaveAttribute('data-met', 'false');
    await expect(checklist.getByTestId('rule-no-context-words')).toHaveAttribute(
      'data-met',
      'false',
    );
    await expect(checklist.getByTestId('rule-min-entropy')).toHaveAttribute('data-status', 'unmet');
    await expect(checklist.getByTestId('rule-min-length')).toContainText('Au moins 12 caractères');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('Girard2024!');
    const submit = page.getByRole('button', { name: 'Changer le mot de passe' });
    await expect(submit).toBeDisabled();
    await page.screenshot({ path: 'test-results/change-password-weak-fr.png', fullPage: true });

    await newPassword.fill('Azerty123456');
    await expect(checklist.getByTestId('rule-min-length')).toHaveAttribute('data-met', 'true');
    await expect(checklist.getByTestId('rule-not-common')).toHaveAttribute('data-met', 'false');

    const chosen = 'Grue violette sur 7 toits!';
    await newPassword.fill(chosen);
    await page.getByLabel('Confirmez le nouveau mot de passe').fill(chosen);
    await expect(checklist.locator('li[data-met="false"]')).toHaveCount(0);
    await expect(page.getByTestId('password-strength')).toContainText('Force : excellente');
    await page.screenshot({ path: 'test-results/change-password-good-fr.png', fullPage: true });
    await submit.click();

    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue, Paul Girard');
    await expect(page.getByText('Votre mot de passe a été changé.')).toBeVisible();
    await signOut(page);

    // The new password works; the temporary one no longer does.
    await signIn(page, { ...user, password: chosen });
    await expect(page).toHaveURL(/\/home$/);
    await signOut(page);
    await signIn(page, user);
    await expect(page.getByTestId('login-problem')).toContainText(
      'Les informations de connexion sont incorrectes.',
    );
  });

  test('an admin tightens the policy, sees what it is worth, and repairs an account below it (PWD-1, PWD-4)', async ({
    page,
  }) => {
    const person = { accessCode: '25356666', firstName: 'Inès', lastName: 'Marchal' };
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    const temporary = await createWithTemporaryPassword(page, person);
    await signOut(page);
    await signIn(page, { workspace: 'demo', identifier: person.accessCode, password: temporary });
    await expect(page).toHaveURL(/\/change-password$/);
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill(temporary);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Tr0mb0ne-Lune-Vapeur-91');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('Tr0mb0ne-Lune-Vapeur-91');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(page).toHaveURL(/\/home$/);
    await signOut(page);

    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/admin/password-policy');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Stratégie des mots de passe');
    await expect(page.getByRole('radio', { name: /CNIL 2022/ })).toBeChecked();
    const version = Number(
      /Version (\d+)/.exec((await page.getByTestId('policy-version').textContent()) ?? '')?.[1],
    );

    // Seed 002's classic strategy: the screen says what it is worth before anything is saved.
    await page.getByRole('radio', { name: /Classique/ }).check();
    await expect(page.getByTestId('policy-warning-below-cnil-entropy')).toHaveText(
      "8 caractères de 3 types ≈ 47,6 bits d'entropie au minimum, sous les 50 bits recommandés par la CNIL (2022).",
    );
    const preview = page.getByTestId('policy-preview');
    await page.getByLabel("Mot de passe d'exemple").fill('Soleil2024');
    await expect(preview.getByTestId('rule-min-length')).toHaveAttribute('data-met', 'true');
    await expect(preview.getByTestId('rule-not-common')).toHaveAttribute('data-met', 'false');
    await page.screenshot({ path: 'test-results/admin-password-policy-fr.png', fullPage: true });

    // A longer minimum instead: 14 characters, which Inès's 23 still meet, as a new version.
    await page.getByRole('radio', { name: /CNIL 2022/ }).check();
    await page.getByLabel('Longueur minimale', { exact: true }).fill('14');
    await expect(page.getByRole('radio', { name: /Personnalisée/ })).toBeChecked();
    await page.getByRole('button', { name: 'Enregistrer la stratégie' }).click();
    await expect(page.getByTestId('policy-outcome')).toHaveText(
      `Stratégie enregistrée : version ${version + 1}.`,
    );

    await page.getByRole('link', { name: 'Niveau de sécurité mot de passe' }).click();
    await expect(page).toHaveURL(/\/admin\/password-compliance$/);
    const row = page.getByTestId('compliance-row').filter({ hasText: 'Inès Marchal' });
    await expect(row).toContainText('Vérifié sous une version précédente de la stratégie');
    await row.getByRole('button', { name: 'Réparer le compte de Inès Marchal' }).click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Réparer le compte de Inès Marchal ?',
    });
    await expect(confirmation.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await confirmation.getByRole('button', { name: 'Réparer' }).click();
    await expect(page.getByTestId('compliance-outcome')).toHaveText(
      'Réparé : Inès Marchal devra changer son mot de passe à sa prochaine connexion.',
    );
    await expect(row.getByTestId('compliance-flagged')).toHaveText(
      'Changement prévu à la prochaine connexion (réparé)',
    );
    await page.screenshot({
      path: 'test-results/admin-password-compliance-fr.png',
      fullPage: true,
    });

    // Back to the default rules for the tests that follow.
    await page.goto('/admin/password-policy');
    await page.getByRole('radio', { name: /CNIL 2022/ }).check();
    await page.getByRole('button', { name: 'Enregistrer la stratégie' }).click();
    await expect(page.getByTestId('policy-outcome')).toHaveText(
      `Stratégie enregistrée : version ${version + 2}.`,
    );
    await signOut(page);

    // The repaired account is sent to the change page at its next sign-in.
    await signIn(page, {
      workspace: 'demo',
      identifier: person.accessCode,
      password: 'Tr0mb0ne-Lune-Vapeur-91',
    });
    await expect(page).toHaveURL(/\/change-password$/);
    await expect(page.getByTestId('change-password-reason')).toHaveText(
      'Votre administrateur vous demande de changer votre mot de passe avant de continuer.',
    );
    await expect(page.getByRole('button', { name: 'Changer le mot de passe' })).toBeDisabled();
  });
});
