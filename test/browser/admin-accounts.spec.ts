import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './demo-accounts';

test.describe('account administration', () => {
  test('an admin finds an account, locks and unlocks it, then reads its audit trail', async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.getByRole('button', { name: /Alex Administrateur/ }).click();
    await page.getByRole('menuitem', { name: 'Administration' }).click();
    await expect(page).toHaveURL(/\/admin\/accounts$/);
    await expect(page.getByRole('link', { name: 'Comptes' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const rows = page.getByTestId('accounts-row');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('petit');
    await expect(rows).toHaveCount(1);
    const julien = rows.first();
    await expect(julien).toContainText('Julien Petit');
    await expect(julien).toContainText('Sans mot de passe');
    await expect(julien).toContainText('Camille Gestionnaire');

    await julien.getByRole('button', { name: 'Bloquer le compte de Julien Petit' }).click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Bloquer le compte de Julien Petit ?',
    });
    await expect(confirmation).toBeVisible();
    // Cancel holds the focus first: Enter pressed by habit changes nothing.
    await expect(confirmation.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await page.screenshot({ path: 'test-results/admin-accounts-lock-fr.png', fullPage: true });
    await confirmation.getByRole('button', { name: 'Bloquer', exact: true }).click();
    await expect(confirmation).toBeHidden();
    await expect(page.getByTestId('accounts-outcome')).toHaveText(
      'Le compte de Julien Petit est bloqué.',
    );
    await expect(julien).toContainText('Bloqué');

    // The state filter finds it among the locked accounts.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
    await page.getByLabel('État').selectOption({ label: 'Bloqué' });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Julien Petit');

    await rows.first().getByRole('button', { name: 'Débloquer le compte de Julien Petit' }).click();
    await page
      .getByRole('alertdialog', { name: 'Débloquer le compte de Julien Petit ?' })
      .getByRole('button', { name: 'Débloquer' })
      .click();
    await expect(page.getByTestId('accounts-outcome')).toHaveText(
      'Le compte de Julien Petit est débloqué.',
    );

    // An admin cannot lock themselves out; the page says why.
    await page.getByLabel('État').selectOption({ label: 'Tous' });
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('ADMIN001');
    await expect(rows).toHaveCount(1);
    await rows
      .first()
      .getByRole('button', { name: 'Bloquer le compte de Alex Administrateur' })
      .click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Bloquer', exact: true })
      .click();
    await expect(page.getByTestId('accounts-problem')).toHaveText(
      'Action impossible pour Alex Administrateur. Vous ne pouvez pas bloquer votre propre compte.',
    );
    await expect(rows.first()).toContainText('Actif');

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('petit');
    await expect(rows).toHaveCount(1);
    await rows.first().getByRole('link', { name: "Journal d'audit de Julien Petit" }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?accountId=[0-9a-f-]{36}$/);
    await expect(page.getByTestId('audit-account')).toContainText(
      'Actions de Julien Petit ou le concernant',
    );
    const events = page.getByTestId('audit-row');
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText('Compte débloqué');
    await expect(events.nth(0)).toContainText('Alex Administrateur');
    await expect(events.nth(1)).toContainText('Compte bloqué');
    await page.screenshot({ path: 'test-results/admin-audit-fr.png', fullPage: true });

    await page.getByLabel("Type d'événement").selectOption({ label: 'Compte bloqué' });
    await expect(events).toHaveCount(1);

    await page.getByRole('link', { name: 'Voir tous les comptes' }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByTestId('audit-account')).toBeHidden();
    // The kind filter stays: every lock of the firm, the refused self-lock was never made.
    await expect(events).toHaveCount(1);
    await page.getByLabel("Type d'événement").selectOption({ label: 'Tous' });
    await expect(events.filter({ hasText: 'Connexion réussie' }).first()).toBeVisible();
  });

  test('an admin resets the two-step verification of someone who lost it, after a confirmation', async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/admin/accounts');
    const rows = page.getByTestId('accounts-row');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('teng');
    await expect(rows).toHaveCount(1);
    const teng = rows.first();

    // A rarer action: in the row's menu, which keeps the row one line high.
    await teng.getByRole('button', { name: 'Autres actions pour Sophat Teng' }).click();
    await page
      .getByRole('menuitem', {
        name: 'Réinitialiser la double authentification du compte de Sophat Teng',
      })
      .click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Réinitialiser la double authentification de Sophat Teng ?',
    });
    await expect(confirmation).toContainText('codes de secours sont supprimés');
    await expect(confirmation.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await page.screenshot({
      path: 'test-results/admin-accounts-second-factor-reset-fr.png',
      fullPage: true,
    });
    await confirmation
      .getByRole('button', { name: 'Réinitialiser la double authentification' })
      .click();
    await expect(confirmation).toBeHidden();
    await expect(page.getByTestId('accounts-outcome')).toHaveText(
      'La double authentification de Sophat Teng est réinitialisée : son mot de passe suffit pour se connecter.',
    );

    // Not offered on the admin's own row: their profile asks for the password first.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('ADMIN001');
    await expect(rows).toHaveCount(1);
    await rows
      .first()
      .getByRole('button', { name: 'Autres actions pour Alex Administrateur' })
      .click();
    await expect(
      page.getByRole('menuitem', { name: 'Déconnecter partout le compte de Alex Administrateur' }),
    ).toBeVisible();
    await expect(page.getByTestId('accounts-reset-second-factor')).toHaveCount(0);
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('teng');
    await expect(rows).toHaveCount(1);
    await rows.first().getByRole('link', { name: "Journal d'audit de Sophat Teng" }).click();
    await expect(page.getByTestId('audit-row').first()).toContainText(
      'Double authentification réinitialisée par un administrateur',
    );
  });
});
