import { InteractivityChecker } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import {
  AccountState,
  type AdminAccountPage,
  type AdminAccountSummary,
  AdminAccountsErrorCode,
  Civility,
  Role,
} from '@guichet/contracts';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { AccountsPage, SEARCH_DEBOUNCE_MS } from './accounts-page';

const ADMIN_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

const account = (changes: Partial<AdminAccountSummary>): AdminAccountSummary => ({
  id: 'c0ffee00-0000-4000-8000-000000000000',
  accessCode: '70016968',
  role: Role.Client,
  civility: Civility.Mrs,
  firstName: 'Sophie',
  lastName: 'Bataillon',
  email: 's.bataillon@demo.guichet.test',
  mobile: '+33606101010',
  state: AccountState.Legacy,
  accountManager: { id: 'c0ffee00-0000-4000-8000-00000000000f', name: 'Camille Gestionnaire' },
  createdAt: '2026-11-23T10:00:00.000Z',
  ...changes,
});

const sophie = account({});
const admin = account({
  id: ADMIN_ID,
  accessCode: 'ADMIN001',
  role: Role.Admin,
  civility: null,
  firstName: 'Alex',
  lastName: 'Administrateur',
  email: 'admin@demo.guichet.test',
  mobile: null,
  state: AccountState.Active,
  accountManager: null,
});
const durand = account({
  id: 'c0ffee00-0000-4000-8000-000000000003',
  accessCode: '25350003',
  civility: Civility.Mr,
  firstName: 'Marc',
  lastName: 'Durand',
  email: null,
  mobile: null,
  state: AccountState.NoPassword,
});

describe(AccountsPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AccountsPage>;

  beforeEach(() => {
    localStorage.clear();
    // jsdom lays nothing out, so the CDK would find no visible element to give the focus to.
    jest.spyOn(InteractivityChecker.prototype, 'isVisible').mockReturnValue(true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([{ path: 'login', children: [] }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession({ account: { id: ADMIN_ID } }));
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
    jest.restoreAllMocks();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const column = (testId: string) =>
    [...page().querySelectorAll(`[data-testid="${testId}"]`)].map((cell) => text(cell));
  const contacts = () =>
    [...page().querySelectorAll('[data-testid="accounts-contact"]')].map((cell) =>
      [...cell.querySelectorAll('li')].map((item) => text(item)),
    );
  const byTestId = <T extends Element = HTMLElement>(testId: string, root: ParentNode = page()) =>
    root.querySelector<T>(`[data-testid="${testId}"]`);
  const settle = () => fixture.whenStable();
  /** Answers the list request the page has made, and checks what it asked. */
  const answerList = async (answer: AdminAccountPage, query = '') => {
    const request = http.expectOne(
      (candidate) => candidate.method === 'GET' && candidate.url === '/api/admin/accounts',
    );
    expect(request.request.params.toString()).toBe(query);
    request.flush(answer);
    await settle();
  };
  const render = async (
    answer: AdminAccountPage = { items: [sophie, admin], nextCursor: null },
  ) => {
    fixture = TestBed.createComponent(AccountsPage);
    fixture.detectChanges();
    await answerList(answer);
  };
  const type = async (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const choose = async (testId: string, value: string) => {
    const select = byTestId<HTMLSelectElement>(testId)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const rowButtons = (testId: string) => [
    ...page().querySelectorAll<HTMLButtonElement>(`[data-testid="${testId}"]`),
  ];
  /** Opens the menu of the row at `row` and gives its items, by test id. */
  const openMenu = async (row: number) => {
    rowButtons('accounts-more')[row]!.click();
    await settle();
    const panel = document.querySelector<HTMLElement>('.mat-mdc-menu-panel')!;
    return (testId: string) => byTestId<HTMLButtonElement>(testId, panel);
  };
  const closeMenu = async () => {
    document.querySelector<HTMLElement>('.cdk-overlay-backdrop')!.click();
    await settle();
  };

  it('lists the accounts with their role, contact, state and manager, marking the admin', async () => {
    await render();

    expect(page().querySelector('table')?.getAttribute('aria-label')).toBe('Comptes du cabinet');
    expect(column('accounts-name')).toEqual(['Sophie Bataillon', 'Alex Administrateur (vous)']);
    expect(column('accounts-code')).toEqual(['70016968', 'ADMIN001']);
    expect(column('accounts-role')).toEqual(['Client', 'Administrateur']);
    expect(contacts()).toEqual([
      ['s.bataillon@demo.guichet.test', '+33606101010'],
      ['admin@demo.guichet.test'],
    ]);
    expect(column('accounts-state')).toEqual(['Ancien mot de passe', 'Actif']);
    expect(column('accounts-manager')).toEqual(['Camille Gestionnaire', 'Aucun']);
    expect(text(byTestId('accounts-count'))).toBe('2 comptes affichés');
    expect(byTestId('accounts-load-more')).toBeNull();
  });

  it('links each account to its own audit trail', async () => {
    await render();

    const links = [...page().querySelectorAll<HTMLAnchorElement>('[data-testid="accounts-audit"]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/admin/audit?accountId=${sophie.id}`,
      `/admin/audit?accountId=${ADMIN_ID}`,
    ]);
    expect(links[0]?.getAttribute('aria-label')).toBe("Journal d'audit de Sophie Bataillon");
  });

  it("keeps a row's rarer actions in its menu, and a client's personal data there only", async () => {
    await render();

    expect(rowButtons('accounts-sign-out-everywhere')).toEqual([]);
    const sophieItem = await openMenu(0);
    expect(sophieItem('accounts-sign-out-everywhere')).not.toBeNull();
    expect(sophieItem('accounts-gdpr')?.getAttribute('href')).toBe(
      `/admin/gdpr/client/${sophie.id}`,
    );
    expect(sophieItem('accounts-gdpr')?.getAttribute('aria-label')).toBe(
      'Exporter ou effacer les données de Sophie Bataillon',
    );
    await closeMenu();

    const adminItem = await openMenu(1);
    expect(adminItem('accounts-sign-out-everywhere')).not.toBeNull();
    expect(adminItem('accounts-gdpr')).toBeNull();
    await closeMenu();
  });

  it('searches once typing pauses, and filters by role and state at once', async () => {
    await render();

    await type('accounts-search', 'du');
    await type('accounts-search', ' dupont ');
    http.expectNone('/api/admin/accounts');
    await wait(SEARCH_DEBOUNCE_MS + 50);
    await answerList({ items: [durand], nextCursor: null }, 'search=dupont');
    expect(column('accounts-name')).toEqual(['Marc Durand']);

    await choose('accounts-role-filter', Role.Client);
    await answerList({ items: [durand], nextCursor: null }, 'search=dupont&role=client');
    await choose('accounts-state-filter', AccountState.Locked);
    await answerList({ items: [], nextCursor: null }, 'search=dupont&role=client&state=locked');

    expect(text(byTestId('accounts-empty'))).toBe('Aucun compte ne correspond à ces critères.');
  });

  it('loads the next page on request, keeping the rows already shown', async () => {
    await render({ items: [sophie], nextCursor: 'next-page' });
    expect(text(byTestId('accounts-count'))).toBe("1 compte affiché, d'autres suivent");

    byTestId<HTMLButtonElement>('accounts-load-more')!.click();
    await answerList({ items: [durand], nextCursor: null }, 'cursor=next-page');

    expect(column('accounts-name')).toEqual(['Sophie Bataillon', 'Marc Durand']);
    expect(text(byTestId('accounts-count'))).toBe('2 comptes affichés');
    expect(byTestId('accounts-load-more')).toBeNull();
  });

  it('locks an account once confirmed, then offers to unlock it', async () => {
    await render();
    const lock = rowButtons('accounts-lock')[0]!;
    expect(lock.getAttribute('aria-label')).toBe('Bloquer le compte de Sophie Bataillon');

    lock.click();
    await settle();
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(text(dialog()?.querySelector('h2'))).toBe('Bloquer le compte de Sophie Bataillon ?');
    byTestId<HTMLButtonElement>('account-action-cancel', document)!.click();
    await settle();
    http.expectNone(`/api/admin/accounts/${sophie.id}/lock`);

    lock.click();
    await settle();
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/admin/accounts/${sophie.id}/lock` })
      .flush({ ...sophie, state: AccountState.Locked });
    await settle();

    expect(column('accounts-state')[0]).toBe('Bloqué');
    expect(text(rowButtons('accounts-lock')[0])).toBe('Débloquer');
    expect(text(byTestId('accounts-outcome'))).toBe('Le compte de Sophie Bataillon est bloqué.');

    rowButtons('accounts-lock')[0]!.click();
    await settle();
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/admin/accounts/${sophie.id}/unlock` })
      .flush({ ...sophie, state: AccountState.Legacy });
    await settle();
    expect(column('accounts-state')[0]).toBe('Ancien mot de passe');
  });

  it('generates a temporary password once confirmed and shows it once (PWD-3)', async () => {
    await render();
    // Not for the admin's own account: they change theirs from their profile.
    expect((await openMenu(1))('accounts-temporary-password')).toBeNull();
    await closeMenu();
    const button = (await openMenu(0))('accounts-temporary-password')!;
    expect(button.getAttribute('aria-label')).toBe(
      'Générer un mot de passe temporaire pour Sophie Bataillon',
    );

    button.click();
    await settle();
    expect(text(dialog()?.querySelector('h2'))).toBe(
      'Générer un mot de passe temporaire pour Sophie Bataillon ?',
    );
    expect(text(dialog())).toContain('ses sessions seront fermées');
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne({
        method: 'POST',
        url: `/api/admin/accounts/${sophie.id}/temporary-password`,
      })
      .flush({
        account: { ...sophie, state: AccountState.Temporary },
        temporaryPassword: { password: 'Kq7#vR2m-Xt9wPb4', expiresAt: '2026-12-03T10:00:00.000Z' },
      });
    await settle();

    expect(column('accounts-state')[0]).toBe('Mot de passe temporaire');
    expect(text(byTestId('accounts-outcome'))).toBe(
      'Mot de passe temporaire généré pour Sophie Bataillon : ses sessions sont fermées.',
    );
    expect(text(byTestId('one-time-secret-heading'))).toBe(
      'Mot de passe temporaire de Sophie Bataillon (70016968)',
    );
    expect(text(byTestId('one-time-secret-value'))).toBe('Kq7#vR2m-Xt9wPb4');
    expect(text(byTestId('one-time-secret-note'))).toMatch(
      /^Valable jusqu'au .*2026.*, puis refusé\.$/,
    );

    byTestId<HTMLButtonElement>('one-time-secret-close')!.click();
    await settle();
    expect(byTestId('one-time-secret-value')).toBeNull();
  });

  it("resets another account's second factor once confirmed, never the admin's own", async () => {
    await render();
    // Not on the admin's own row: the profile turns theirs off after asking for the password.
    expect((await openMenu(1))('accounts-reset-second-factor')).toBeNull();
    await closeMenu();
    const button = (await openMenu(0))('accounts-reset-second-factor')!;
    expect(button.getAttribute('aria-label')).toBe(
      'Réinitialiser la double authentification du compte de Sophie Bataillon',
    );

    button.click();
    await settle();
    expect(text(dialog()?.querySelector('h2'))).toBe(
      'Réinitialiser la double authentification de Sophie Bataillon ?',
    );
    expect(text(dialog())).toContain('ses codes de secours sont supprimés');
    byTestId<HTMLButtonElement>('account-action-cancel', document)!.click();
    await settle();
    http.expectNone(`/api/admin/accounts/${sophie.id}/second-factor-reset`);

    (await openMenu(0))('accounts-reset-second-factor')!.click();
    await settle();
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/admin/accounts/${sophie.id}/second-factor-reset` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(text(byTestId('accounts-outcome'))).toBe(
      'La double authentification de Sophie Bataillon est réinitialisée : son mot de passe suffit pour se connecter.',
    );
    expect(TestBed.inject(Router).url).not.toContain('login');
  });

  it('says why an action was refused, e.g. an admin locking themselves', async () => {
    await render();

    rowButtons('accounts-lock')[1]!.click();
    await settle();
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne(`/api/admin/accounts/${ADMIN_ID}/lock`)
      .flush(
        { code: AdminAccountsErrorCode.CannotLockSelf, message: 'Cannot lock self' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(byTestId('accounts-problem')?.getAttribute('role')).toBe('alert');
    expect(text(byTestId('accounts-problem'))).toBe(
      'Action impossible pour Alex Administrateur. Vous ne pouvez pas bloquer votre propre compte.',
    );
    expect(column('accounts-state')[1]).toBe('Actif');
  });

  it('signs another account out everywhere, and the admin too when it is their own', async () => {
    await render();

    expect(rowButtons('accounts-more')[0]?.getAttribute('aria-label')).toBe(
      'Autres actions pour Sophie Bataillon',
    );
    const signOut = (await openMenu(0))('accounts-sign-out-everywhere')!;
    // The visible words come first in the name, for speech control (WCAG 2.5.3).
    expect(signOut.getAttribute('aria-label')).toBe(
      'Déconnecter partout le compte de Sophie Bataillon',
    );
    signOut.click();
    await settle();
    expect(byTestId('account-action-self', document)).toBeNull();
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne(`/api/admin/accounts/${sophie.id}/sign-out-everywhere`)
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(text(byTestId('accounts-outcome'))).toBe('Sophie Bataillon est déconnecté partout.');

    (await openMenu(1))('accounts-sign-out-everywhere')!.click();
    await settle();
    expect(text(byTestId('account-action-self', document))).toBe(
      "C'est votre propre compte : vous serez vous aussi déconnecté.",
    );
    byTestId<HTMLButtonElement>('account-action-confirm', document)!.click();
    await settle();
    http
      .expectOne(`/api/admin/accounts/${ADMIN_ID}/sign-out-everywhere`)
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/login?signedOut=1');
  });

  it('says when the list cannot be loaded, and tries again on request', async () => {
    fixture = TestBed.createComponent(AccountsPage);
    fixture.detectChanges();
    http.expectOne('/api/admin/accounts').flush(null, { status: 502, statusText: 'Bad Gateway' });
    await settle();

    expect(text(byTestId('accounts-load-error'))).toContain(
      'Impossible de charger les comptes. Une erreur inattendue est survenue.',
    );
    byTestId<HTMLButtonElement>('accounts-retry')!.click();
    await settle();
    await answerList({ items: [sophie], nextCursor: null });
    expect(column('accounts-name')).toEqual(['Sophie Bataillon']);
  });
});
