import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import {
  AccountState,
  type AdminAccountSummary,
  AdminAccountsErrorCode,
  Civility,
  Role,
} from '@guichet/contracts';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { AccountManagersPage } from './account-managers-page';

const account = (changes: Partial<AdminAccountSummary>): AdminAccountSummary => ({
  id: 'client-1',
  accessCode: '25350002',
  role: Role.Client,
  civility: Civility.Mr,
  firstName: 'Julien',
  lastName: 'Petit',
  email: null,
  mobile: '+33612345678',
  state: AccountState.NoPassword,
  accountManager: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...changes,
});
const camille = account({
  id: 'staff-1',
  role: Role.Staff,
  firstName: 'Camille',
  lastName: 'Gestionnaire',
  accessCode: 'GEST0001',
});
const alex = account({
  id: 'admin-1',
  role: Role.Admin,
  firstName: 'Alex',
  lastName: 'Administrateur',
  accessCode: 'ADMIN001',
});
const julien = account({});
const sophie = account({
  id: 'client-2',
  firstName: 'Sophie',
  lastName: 'Bataillon',
  accessCode: '70016968',
  accountManager: { id: 'staff-1', name: 'Camille Gestionnaire' },
});

describe(AccountManagersPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AccountManagersPage>;

  const setUp = (query: Record<string, string> = {}) => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(query) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession());
  };

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const selects = () => [
    ...page().querySelectorAll<HTMLSelectElement>('[data-testid="account-managers-select"]'),
  ];
  const accounts = (params: string) =>
    http.expectOne((r) => r.url === '/api/admin/accounts' && r.params.toString() === params);
  const render = async (clientQuery = 'role=client') => {
    fixture = TestBed.createComponent(AccountManagersPage);
    fixture.detectChanges();
    accounts('role=staff').flush({ items: [camille], nextCursor: null });
    accounts('role=admin').flush({ items: [alex], nextCursor: null });
    accounts(clientQuery).flush({ items: [julien, sophie], nextCursor: null });
    await fixture.whenStable();
  };

  it("lists the clients with a select of the firm's staff, their manager chosen", async () => {
    setUp();
    await render();

    const names = [...page().querySelectorAll('[data-testid="account-managers-client"]')];
    expect(names.map(text)).toEqual(['Julien Petit', 'Sophie Bataillon']);
    const [first, second] = selects();
    expect([...first!.options].map((option) => text(option))).toEqual([
      'Aucun',
      'Camille Gestionnaire',
      'Alex Administrateur',
    ]);
    expect(first!.value).toBe('');
    expect(second!.value).toBe('staff-1');
    expect(first!.getAttribute('aria-label')).toBe('Chargé de compte de Julien Petit');
  });

  it('saves a new account manager as soon as it is chosen, and says so', async () => {
    setUp();
    await render();

    const select = selects()[0]!;
    select.value = 'staff-1';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(select.disabled).toBe(true);

    const request = http.expectOne({
      method: 'PUT',
      url: '/api/admin/accounts/client-1/account-manager',
    });
    expect(request.request.body).toEqual({ accountManagerId: 'staff-1' });
    request.flush({ ...julien, accountManager: { id: 'staff-1', name: 'Camille Gestionnaire' } });
    await fixture.whenStable();

    expect(text(byTestId('account-managers-outcome'))).toBe(
      'Chargé de compte de Julien Petit : Camille Gestionnaire.',
    );
    expect(selects()[0]!.value).toBe('staff-1');
    expect(selects()[0]!.disabled).toBe(false);
  });

  it('puts the saved choice back when the change is refused', async () => {
    setUp();
    await render();

    const select = selects()[1]!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    http
      .expectOne('/api/admin/accounts/client-2/account-manager')
      .flush(
        { code: AdminAccountsErrorCode.AccountNotFound, message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();

    expect(selects()[1]!.value).toBe('staff-1');
    expect(text(byTestId('account-managers-problem'))).toBe(
      "Le chargé de compte de Sophie Bataillon n'a pas été modifié. Ce compte n'existe pas ou plus dans votre cabinet.",
    );
  });

  it('opens on the client named in the address (from the overview)', async () => {
    setUp({ search: 'Julien Petit' });
    await render('role=client&search=Julien%20Petit');

    expect(byTestId<HTMLInputElement>('account-managers-search')!.value).toBe('Julien Petit');
  });
});
