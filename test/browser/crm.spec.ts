import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_STAFF, signIn } from './demo-accounts';

/**
 * Creates CRM records as the signed-in user through the API, as the browser would (session
 * cookie, XSRF header): the screens under test list, search and change them.
 */
async function create<T>(page: Page, path: string, body: object): Promise<T> {
  const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN');
  const response = await page.request.post(`/api/${path}`, {
    data: body,
    headers: { 'X-XSRF-TOKEN': xsrf?.value ?? '' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/**
 * A name of its own, so that the run does not depend on what else the database holds. Letters
 * only: the simple search also reads the digits of a word as a phone number, so a tag such as
 * "Tmx3asiyg" would find every record whose phone holds a 3.
 */
function uniqueTag(): string {
  return `T${Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])}`;
}

test.describe('CRM (GDPR-1, GDPR-7)', () => {
  test('staff search a company, opt it out with its contacts, and save a remark after the sensitive warning', async ({
    page,
  }) => {
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/);
    const tag = uniqueTag();
    const company = await create<{ id: string }>(page, 'crm/companies', {
      name: `Boulangerie ${tag}`,
    });
    for (const firstName of ['Lucie', 'Paul']) {
      await create(page, 'crm/contacts', { firstName, lastName: tag, companyId: company.id });
    }

    await page.getByRole('link', { name: 'Relation client' }).click();
    await expect(page).toHaveURL(/\/crm\/companies$/);
    await expect(page.getByRole('heading', { name: 'Sociétés' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
    const rows = page.getByTestId('crm-row');
    await expect(rows).toHaveCount(1);
    await rows
      .first()
      .getByRole('link', { name: `Boulangerie ${tag}` })
      .click();
    await expect(page).toHaveURL(new RegExp(`/crm/companies/${company.id}$`));
    await expect(page.getByTestId('crm-record-name')).toHaveText(`Boulangerie ${tag}`);

    // The company's opt-out cascades to its contacts, which the page shows marked.
    const contacts = page.getByTestId('crm-record-contacts');
    await expect(contacts.getByTestId('crm-row')).toHaveCount(2);
    await expect(contacts.getByTestId('crm-opt-out-mark')).toHaveCount(0);
    await page
      .getByRole('checkbox', { name: 'Exclure des traitements à des fins marketing', exact: true })
      .check();
    await expect(page.getByTestId('crm-opt-out-outcome')).toHaveText(
      'La société et ses contacts sont exclus des traitements à des fins marketing.',
    );
    await expect(page.getByTestId('crm-opt-out-provenance')).toContainText(
      'Saisie sur cette fiche, à la demande de la personne. Par Camille Gestionnaire.',
    );
    await expect(contacts.getByTestId('crm-opt-out-mark')).toHaveText([
      'Exclu du marketing (par sa société)',
      'Exclu du marketing (par sa société)',
    ]);

    // GDPR-7: the guidance is there; a sensitive remark is saved only once confirmed.
    await expect(page.getByTestId('crm-remark-guidance').last()).toContainText(
      'Il vous appartient de vérifier que les données saisies respectent la réglementation en vigueur',
    );
    await page
      .getByRole('textbox', { name: 'Remarque', exact: true })
      .fill('Hospitalisée en mars, rappeler en avril pour le devis.');
    await page.getByRole('button', { name: 'Enregistrer la remarque' }).click();
    const warning = page.getByTestId('crm-remark-warning');
    await expect(warning).toContainText('Cette remarque semble contenir des données sensibles');
    await expect(warning).toContainText('Catégories détectées : santé.');
    await expect(page.getByTestId('crm-remark')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/crm-sensitive-remark-fr.png', fullPage: true });
    await warning.getByRole('button', { name: 'Enregistrer quand même' }).click();
    await expect(page.getByTestId('crm-remarks-outcome')).toHaveText(
      'La remarque est enregistrée.',
    );
    await expect(page.getByTestId('crm-remark')).toHaveCount(1);
    await expect(page.getByTestId('crm-remark')).toContainText(
      'Hospitalisée en mars, rappeler en avril pour le devis.',
    );

    // The contacts list marks them too; ticking the box leaves them out.
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await expect(page).toHaveURL(/\/crm\/contacts$/);
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
    await expect(rows).toHaveCount(2);
    await expect(rows.getByTestId('crm-opt-out-mark')).toHaveText([
      'Exclu du marketing (par sa société)',
      'Exclu du marketing (par sa société)',
    ]);
    await page.screenshot({ path: 'test-results/crm-contacts-fr.png', fullPage: true });
    await page
      .getByRole('checkbox', { name: 'Exclure des traitements à des fins marketing', exact: true })
      .check();
    await expect(page.getByTestId('crm-list-empty')).toHaveText('Aucune fiche ne correspond.');

    // The marketing export leaves them out whatever the box says.
    await page
      .getByRole('checkbox', { name: 'Exclure des traitements à des fins marketing', exact: true })
      .uncheck();
    await expect(rows).toHaveCount(2);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export marketing (CSV)' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv).toContain('entity,id,name,email,phone,city');
    expect(csv).not.toContain(tag);
  });

  test('staff correct a phone, delete an address and log a call on a lead (right of correction, GDPR-5)', async ({
    page,
  }) => {
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/);
    const tag = uniqueTag();
    const lead = await create<{ id: string }>(page, 'crm/leads', {
      firstName: 'Jeanne',
      lastName: tag,
    });
    await create(page, `crm/leads/${lead.id}/phones`, {
      label: 'Portable',
      number: '06 12 34 56 78',
    });
    await create(page, `crm/leads/${lead.id}/addresses`, {
      line1: '3 rue des Lilas',
      postalCode: '69003',
      city: 'Lyon',
    });
    await page.goto(`/crm/leads/${lead.id}`);
    await expect(page.getByTestId('crm-record-name')).toHaveText(`Jeanne ${tag}`);

    // A phone corrected in place, shown as the server normalised it.
    const phones = page.getByTestId('crm-phones');
    await phones.getByRole('button', { name: 'Modifier le téléphone +33 6 12 34 56 78' }).click();
    await phones.getByRole('textbox', { name: 'Numéro' }).fill('06 98 76 54 32');
    await phones.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(phones.getByRole('link')).toHaveText(['+33 6 98 76 54 32']);
    await expect(phones.getByRole('textbox')).toHaveCount(0);

    // An address deleted only once confirmed.
    const addresses = page.getByTestId('crm-addresses');
    await addresses
      .getByRole('button', { name: "Supprimer l'adresse 3 rue des Lilas, Lyon" })
      .click();
    await expect(addresses).toContainText("Supprimer l'adresse 3 rue des Lilas, Lyon ?");
    await addresses.getByRole('button', { name: 'Confirmer la suppression' }).click();
    await expect(addresses.getByTestId('crm-addresses-item')).toHaveCount(0);
    await expect(addresses).toContainText('Aucune adresse.');

    // A call from the prospect, logged and listed.
    const communications = page.getByTestId('crm-communications');
    await expect(communications).toContainText('Aucune communication.');
    await communications.getByRole('button', { name: 'Enregistrer une communication' }).click();
    await communications.getByLabel('Sens').selectOption('from-person');
    await communications.getByLabel('Canal').selectOption('phone');
    await communications.getByRole('textbox', { name: 'Objet' }).fill('Rappel du prospect');
    await communications
      .getByRole('textbox', { name: 'Compte rendu (facultatif)' })
      .fill('Souhaite un rendez-vous la semaine prochaine.');
    await communications.getByRole('button', { name: 'Enregistrer la communication' }).click();
    const calls = communications.getByTestId('crm-communications-item');
    await expect(calls).toHaveCount(1);
    await expect(calls.first()).toContainText('Reçue, Téléphone : Rappel du prospect');
    await expect(calls.first()).toContainText('Souhaite un rendez-vous la semaine prochaine.');
    await page.screenshot({ path: 'test-results/crm-record-edit-fr.png', fullPage: true });

    // What the server holds: read again.
    await page.reload();
    await expect(page.getByTestId('crm-record-name')).toHaveText(`Jeanne ${tag}`);
    await expect(phones.getByRole('link')).toHaveText(['+33 6 98 76 54 32']);
    await expect(addresses.getByTestId('crm-addresses-item')).toHaveCount(0);
    await expect(calls).toHaveCount(1);
    await expect(calls.first()).toContainText('Reçue, Téléphone : Rappel du prospect');
  });

  test('admins reach the CRM too; the company list follows their preference', async ({ page }) => {
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await page.getByRole('link', { name: 'Relation client' }).click();
    await expect(page).toHaveURL(/\/crm\/companies$/);
    const box = page.getByRole('checkbox', {
      name: 'Exclure des traitements à des fins marketing',
      exact: true,
    });
    await expect(box).not.toBeChecked();

    // The demo third party the ERP opted out is listed with its mark (docs/crm.md, demo data).
    await page.getByRole('link', { name: 'Tiers' }).click();
    await expect(page).toHaveURL(/\/crm\/third-parties$/);
    await expect(page.getByTestId('crm-row').filter({ hasText: 'Menuiserie Roux' })).toContainText(
      'Exclu du marketing (par la Gestion commerciale)',
    );
    await page.getByRole('link', { name: 'Sociétés' }).click();

    await page.getByRole('checkbox', { name: /par défaut/ }).check();
    await expect(page.getByTestId('crm-preference-outcome')).toHaveText(
      'La case sera cochée par défaut sur les écrans de recherche.',
    );
    await page.getByRole('link', { name: 'Leads' }).click();
    await expect(page).toHaveURL(/\/crm\/leads$/);
    await expect(box).toBeChecked();

    // The profile holds the same preference.
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await expect(page.getByRole('heading', { name: 'Relation client' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /par défaut/ })).toBeChecked();
  });
});
