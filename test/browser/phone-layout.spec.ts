import { type Locator, type Page, expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_STAFF, signIn } from './demo-accounts';

// A common phone's width: every page must fit it, wide tables scrolling inside their own box.
test.use({ viewport: { width: 390, height: 800 } });

/**
 * How a page breaks on a narrow screen, measured by the browser that lays it out: the whole page
 * scrolls sideways, a button's words spill out of it over its neighbours, or a field's hint runs
 * over the next field.
 */
function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > window.innerWidth) {
      faults.push(`the page is ${scrollWidth} px wide on a ${window.innerWidth} px screen`);
    }
    for (const button of document.querySelectorAll<HTMLElement>('.mdc-button')) {
      const label = button.querySelector('.mdc-button__label');
      if (label && label.getBoundingClientRect().height > button.getBoundingClientRect().height) {
        faults.push(`the words of « ${button.textContent?.trim()} » spill out of the button`);
      }
    }
    for (const field of document.querySelectorAll<HTMLElement>('.mat-mdc-form-field')) {
      const subscript = field.querySelector('.mat-mdc-form-field-subscript-wrapper');
      const hint = subscript?.firstElementChild;
      if (
        subscript &&
        hint &&
        hint.getBoundingClientRect().bottom > subscript.getBoundingClientRect().bottom
      ) {
        faults.push(`the hint « ${hint.textContent?.trim()} » runs over what follows its field`);
      }
    }
    return faults;
  });
}

/** Opens `path` and measures it once `loaded` shows that its content has arrived. */
async function expectFits(page: Page, path: string, loaded: (page: Page) => Locator) {
  await page.goto(path);
  await expect(loaded(page).first()).toBeVisible();
  expect(await layoutFaults(page), path).toEqual([]);
}

test.describe('on a phone', () => {
  test('a visitor signs in or starts a first connection without scrolling sideways', async ({
    page,
  }) => {
    await expectFits(page, '/login', (p) => p.getByRole('button', { name: 'Se connecter' }));
    await expectFits(page, '/w/demo/first-connection', (p) => p.getByRole('heading', { level: 1 }));
  });

  test('an admin manages the accounts and the password policy, long names and labels included', async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId('user-menu-name')).toHaveText('Alex Administrateur');

    await expectFits(page, '/home', (p) => p.getByRole('heading', { level: 1 }));
    await expectFits(page, '/admin/accounts', (p) => p.getByTestId('accounts-row'));
    await expectFits(page, '/admin/password-policy', (p) =>
      p.getByRole('button', { name: 'Enregistrer la stratégie' }),
    );
    await expectFits(page, '/admin/audit', (p) => p.getByTestId('audit-row'));
  });

  test('an account manager works in the CRM lists, whose tables scroll on their own, and sends a parcel', async ({
    page,
  }) => {
    await signIn(page, DEMO_STAFF);
    await expect(page).toHaveURL(/\/home$/);

    await expectFits(page, '/crm/companies', (p) => p.getByTestId('crm-row'));
    await expectFits(page, '/crm/contacts', (p) => p.getByTestId('crm-row'));
    await expectFits(page, '/parcels/new', (p) =>
      p.getByRole('button', { name: 'Continuer : ajouter les documents' }),
    );
  });
});
