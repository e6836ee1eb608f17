import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  AccountState,
  AdminAccountsErrorCode,
  type AdminAccountSummary,
  GdprErrorCode,
  Role,
} from '@guichet/contracts';
import { apiError, nextRequest } from '../../../testing/identity-flow';
import { startApp, textOf } from '../../../testing/render-app';
import { adminSession } from '../../../testing/session-info';
import { App } from '../../app';

describe('NewAccountPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const manager: AdminAccountSummary = {
    id: 'staff-1',
    accessCode: 'GEST0001',
    role: Role.Staff,
    civility: null,
    firstName: 'Camille',
    lastName: 'Gestionnaire',
    email: 'gestionnaire@demo.guichet.test',
    mobile: null,
    state: AccountState.Active,
    accountManager: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
  const page = (fixture: ComponentFixture<App>) => fixture.nativeElement as HTMLElement;
  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = page(fixture).querySelector<T>(`[data-testid="new-account-${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const set = async (fixture: ComponentFixture<App>, id: string, value: string) => {
    const field = element<HTMLInputElement | HTMLSelectElement>(fixture, id);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  };
  const settle = async (fixture: ComponentFixture<App>) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };

  const open = async () => {
    startApp({ session: adminSession() });
    const fixture = TestBed.createComponent(App);
    const navigation = TestBed.inject(Router).navigateByUrl('/admin/accounts/new');
    (await nextRequest({ method: 'GET', url: '/api/admin/accounts?role=staff' })).flush({
      items: [manager],
      nextCursor: null,
    });
    await navigation;
    await settle(fixture);
    return fixture;
  };

  const fillClient = async (fixture: ComponentFixture<App>) => {
    await set(fixture, 'access-code', ' 25350099 ');
    await set(fixture, 'civility', 'mrs');
    await set(fixture, 'first-name', 'Léa');
    await set(fixture, 'last-name', 'Moreau');
    await set(fixture, 'email', 'lea.moreau@example.test');
    await set(fixture, 'mobile', '06 12 34 56 78');
    await set(fixture, 'account-manager', 'staff-1');
  };

  it('creates a client and says the invitation went out', async () => {
    const fixture = await open();
    expect(textOf(fixture, 'main h2')).toBe('Nouveau compte');
    expect(element<HTMLButtonElement>(fixture, 'submit').disabled).toBe(true);
    expect(textOf(fixture, '[data-testid="new-account-account-manager"]')).toContain(
      'Camille Gestionnaire',
    );

    await fillClient(fixture);
    element<HTMLButtonElement>(fixture, 'submit').click();
    const request = await nextRequest({ method: 'POST', url: '/api/admin/accounts' });
    expect(request.request.body).toEqual({
      role: 'client',
      accessCode: '25350099',
      civility: 'mrs',
      firstName: 'Léa',
      lastName: 'Moreau',
      email: 'lea.moreau@example.test',
      mobile: '06 12 34 56 78',
      accountManagerId: 'staff-1',
      language: 'fr',
      credential: 'invitation',
    });
    request.flush({
      ...manager,
      id: 'new',
      accessCode: '25350099',
      role: Role.Client,
      email: 'lea.moreau@example.test',
      state: AccountState.NoPassword,
      temporaryPassword: null,
    });
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="new-account-outcome"]')).toBe(
      'Invitation envoyée à lea.moreau@example.test.',
    );
    expect(element<HTMLInputElement>(fixture, 'access-code').value).toBe('');
    expect(page(fixture).querySelector('main mat-error')).toBeNull();
  });

  it('creates an account with a temporary password, shown once with a copy button (PWD-3)', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const fixture = await open();
    await fillClient(fixture);
    page(fixture)
      .querySelector<HTMLInputElement>('[data-testid="new-account-credential-temporary"] input')
      ?.click();
    await fixture.whenStable();
    expect(textOf(fixture, 'main form')).toContain(
      'Un mot de passe aléatoire vous est affiché une seule fois',
    );

    element<HTMLButtonElement>(fixture, 'submit').click();
    const request = await nextRequest({ method: 'POST', url: '/api/admin/accounts' });
    expect(request.request.body).toMatchObject({ credential: 'temporary-password' });
    request.flush({
      ...manager,
      id: 'new',
      accessCode: '25350099',
      role: Role.Client,
      civility: 'mrs',
      firstName: 'Léa',
      lastName: 'Moreau',
      state: AccountState.Temporary,
      temporaryPassword: { password: 'Vh7#kQ2m-Rt9wXp4', expiresAt: '2026-12-03T10:00:00.000Z' },
    });
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="new-account-outcome"]')).toBe(
      "Compte 25350099 créé avec un mot de passe temporaire. Aucun mail n'a été envoyé.",
    );
    expect(textOf(fixture, '[data-testid="one-time-secret-heading"]')).toBe(
      'Mot de passe temporaire de Léa Moreau (25350099)',
    );
    expect(textOf(fixture, '[data-testid="one-time-secret-value"]')).toBe('Vh7#kQ2m-Rt9wXp4');
    expect(textOf(fixture, '[data-testid="one-time-secret-warning"]')).toContain(
      'Ce mot de passe ne sera plus affiché',
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('one-time-secret-heading');

    page(fixture).querySelector<HTMLButtonElement>('[data-testid="one-time-secret-copy"]')?.click();
    await settle(fixture);
    expect(writeText).toHaveBeenCalledWith('Vh7#kQ2m-Rt9wXp4');
    expect(textOf(fixture, '[data-testid="one-time-secret-status"]')).toBe(
      'Mot de passe copié dans le presse-papier.',
    );

    page(fixture)
      .querySelector<HTMLButtonElement>('[data-testid="one-time-secret-close"]')
      ?.click();
    await fixture.whenStable();
    expect(page(fixture).querySelector('[data-testid="one-time-secret-value"]')).toBeNull();
    expect(textOf(fixture, 'main')).not.toContain('Vh7#kQ2m-Rt9wXp4');
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('asks for no account manager for staff', async () => {
    const fixture = await open();

    await set(fixture, 'role', 'staff');

    expect(page(fixture).querySelector('[data-testid="new-account-account-manager"]')).toBeNull();
  });

  it('shows a taken access code on its field', async () => {
    const fixture = await open();
    await fillClient(fixture);

    element<HTMLButtonElement>(fixture, 'submit').click();
    apiError(
      await nextRequest('/api/admin/accounts'),
      409,
      AdminAccountsErrorCode.AccessCodeTaken,
      { fields: { accessCode: ['taken'] } },
    );
    await settle(fixture);

    expect(textOf(fixture, 'main mat-error')).toBe(
      "Ce code d'accès est déjà attribué à un autre compte du cabinet.",
    );
    expect(textOf(fixture, '[data-testid="new-account-problem"]')).toBe(
      "Ce code d'accès est déjà attribué à un autre compte du cabinet.",
    );
  });

  it('shows a taken e-mail on its field, even without `fields` in the answer', async () => {
    const fixture = await open();
    await fillClient(fixture);

    element<HTMLButtonElement>(fixture, 'submit').click();
    apiError(await nextRequest('/api/admin/accounts'), 409, AdminAccountsErrorCode.EmailTaken);
    await settle(fixture);

    expect(textOf(fixture, 'main mat-error')).toBe(
      "Cette adresse e-mail est déjà celle d'un autre compte du cabinet.",
    );
  });

  it('says on each field that matched when the person was erased at their request (GDPR-2)', async () => {
    const fixture = await open();
    await fillClient(fixture);

    element<HTMLButtonElement>(fixture, 'submit').click();
    apiError(await nextRequest('/api/admin/accounts'), 409, GdprErrorCode.ErasedBefore, {
      fields: { email: ['erased-before'], mobile: ['erased-before'] },
    });
    await settle(fixture);

    const errors = [...page(fixture).querySelectorAll('main mat-error')].map((error) =>
      error.textContent?.trim(),
    );
    expect(errors).toEqual([
      'Adresse d’une personne effacée à sa demande (RGPD).',
      'Numéro d’une personne effacée à sa demande (RGPD).',
    ]);
    expect(textOf(fixture, '[data-testid="new-account-problem"]')).toBe(
      "Ces coordonnées sont celles d'une personne dont les données ont été effacées à sa demande : le compte n'est pas créé.",
    );
  });
});
