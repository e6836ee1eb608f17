import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import {
  type AdminAccountSummary,
  type AdminAuditEvent,
  type AdminAuditPage,
  AccountState,
  AuditEventKind,
  Role,
} from '@guichet/contracts';
import { provideI18n } from '../../core/i18n';
import { AuditPage } from './audit-page';

@Component({
  selector: 'app-test-outlet',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestOutlet {}

const SOPHIE_ID = 'c0ffee00-0000-4000-8000-000000000001';
const ADMIN_ID = 'c0ffee00-0000-4000-8000-000000000002';

const event = (changes: Partial<AdminAuditEvent>): AdminAuditEvent => ({
  id: 'e0000000-0000-4000-8000-000000000000',
  kind: AuditEventKind.SignInSucceeded,
  outcome: 'success',
  occurredAt: '2026-11-23T10:00:00.000Z',
  actor: { id: SOPHIE_ID, name: 'Sophie Bataillon' },
  targetIds: {},
  targetAccount: null,
  ipPrefix: '203.0.113.0/24',
  ...changes,
});

const locked = event({
  id: 'e0000000-0000-4000-8000-000000000002',
  kind: AuditEventKind.AccountLocked,
  occurredAt: '2026-11-23T11:00:00.000Z',
  actor: { id: ADMIN_ID, name: 'Alex Administrateur' },
  targetIds: { accountId: SOPHIE_ID },
  targetAccount: { id: SOPHIE_ID, name: 'Sophie Bataillon' },
});
const failed = event({
  id: 'e0000000-0000-4000-8000-000000000001',
  kind: AuditEventKind.SignInFailed,
  outcome: 'failure',
  actor: null,
  ipPrefix: null,
});
const erased = event({
  id: 'e0000000-0000-4000-8000-000000000003',
  kind: AuditEventKind.TotpEnabled,
  actor: { id: 'c0ffee00-0000-4000-8000-0000000000ee', name: null },
});

describe(AuditPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TestOutlet>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([{ path: 'admin/audit', component: AuditPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const column = (testId: string) =>
    [...page().querySelectorAll(`[data-testid="${testId}"]`)].map((cell) => text(cell));
  const byTestId = <T extends Element = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const settle = () => fixture.whenStable();
  const auditRequest = () =>
    http.expectOne((request) => request.method === 'GET' && request.url === '/api/admin/audit');
  /** Answers the trail request the page has made, and checks what it asked. */
  const answerAudit = async (answer: AdminAuditPage, query = '') => {
    const request = auditRequest();
    expect(request.request.params.toString()).toBe(query);
    request.flush(answer);
    await settle();
  };
  /** Opens the page at `url`; the caller answers its requests. */
  const open = async (url: string) => {
    fixture = TestBed.createComponent(TestOutlet);
    await TestBed.inject(Router).navigateByUrl(url);
    TestBed.tick();
  };
  const setField = async (testId: string, value: string, eventName = 'input') => {
    const field = byTestId<HTMLInputElement | HTMLSelectElement>(testId)!;
    field.value = value;
    field.dispatchEvent(new Event(eventName));
    await settle();
  };

  it('lists the events newest first, in words, with who acted and about whom', async () => {
    await open('/admin/audit');
    await answerAudit({ items: [erased, locked, failed], nextCursor: null });

    expect(page().querySelector('table')?.getAttribute('aria-label')).toBe(
      "Journal d'audit, du plus récent au plus ancien",
    );
    expect(column('audit-kind')).toEqual([
      "Application d'authentification activée",
      'Compte bloqué',
      'Échec de connexion',
    ]);
    expect(column('audit-outcome')).toEqual(['Réussi', 'Réussi', 'Échec']);
    expect(column('audit-actor')).toEqual(['Compte supprimé', 'Alex Administrateur', 'Inconnu']);
    expect(column('audit-target')).toEqual(['—', 'Sophie Bataillon', '—']);
    expect(column('audit-network')).toEqual(['203.0.113.0/24', '203.0.113.0/24', '—']);
    expect(column('audit-occurred-at')[1]).toMatch(/^23 nov\. 2026, \d\d:\d\d:\d\d$/);
    expect(text(byTestId('audit-count'))).toBe('3 événements affichés');
    expect(byTestId('audit-account')).toBeNull();
  });

  it('narrows the trail to the account of the link, names it, and lets the admin clear it', async () => {
    await open(`/admin/audit?accountId=${SOPHIE_ID}`);
    http.expectOne(`/api/admin/accounts/${SOPHIE_ID}`).flush({
      id: SOPHIE_ID,
      accessCode: '70016968',
      role: Role.Client,
      civility: null,
      firstName: 'Sophie',
      lastName: 'Bataillon',
      email: null,
      mobile: null,
      state: AccountState.Locked,
      accountManager: null,
      createdAt: '2026-11-23T10:00:00.000Z',
    } satisfies AdminAccountSummary);
    await answerAudit({ items: [locked], nextCursor: null }, `accountId=${SOPHIE_ID}`);

    expect(text(byTestId('audit-account'))).toBe(
      'Actions de Sophie Bataillon ou le concernant Voir tous les comptes',
    );
    const clear = byTestId<HTMLAnchorElement>('audit-account-clear')!;
    expect(clear.getAttribute('href')).toBe('/admin/audit');

    clear.click();
    await settle();
    await answerAudit({ items: [locked, failed], nextCursor: null });
    expect(byTestId('audit-account')).toBeNull();
    expect(column('audit-kind')).toHaveLength(2);
  });

  it('still narrows the trail to an account it cannot name', async () => {
    await open(`/admin/audit?accountId=${SOPHIE_ID}`);
    http
      .expectOne(`/api/admin/accounts/${SOPHIE_ID}`)
      .flush({ code: 'ADMIN_ACCOUNT_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await answerAudit({ items: [], nextCursor: null }, `accountId=${SOPHIE_ID}`);

    expect(text(byTestId('audit-account'))).toContain('Actions de ce compte ou le concernant');
    expect(text(byTestId('audit-empty'))).toBe('Aucun événement ne correspond à ces critères.');
  });

  it('filters by kind of event, every kind offered in words', async () => {
    await open('/admin/audit');
    await answerAudit({ items: [locked, failed], nextCursor: null });

    const options = [...byTestId<HTMLSelectElement>('audit-kind-filter')!.options].map((option) =>
      text(option),
    );
    expect(options).toHaveLength(Object.values(AuditEventKind).length + 1);
    expect(options).toContain('Déconnexion partout');
    expect(options).not.toContain(AuditEventKind.AccountSignedOutEverywhere);

    await setField('audit-kind-filter', AuditEventKind.AccountLocked, 'change');
    await answerAudit({ items: [locked], nextCursor: null }, 'kind=account.locked');
    expect(column('audit-kind')).toEqual(['Compte bloqué']);
  });

  it('filters by a period of whole days, and refuses one that ends before it starts', async () => {
    await open('/admin/audit');
    await answerAudit({ items: [locked], nextCursor: null });

    await setField('audit-from', '2026-11-02');
    const fromOnly = auditRequest();
    expect(fromOnly.request.params.get('from')).toBe(new Date(2026, 10, 2).toISOString());
    expect(fromOnly.request.params.has('to')).toBe(false);
    fromOnly.flush({ items: [locked], nextCursor: null });
    await settle();
    await setField('audit-to', '2026-11-01');
    http.expectNone('/api/admin/audit');
    expect(text(byTestId('audit-problem'))).toBe(
      'La date de fin ne peut pas précéder la date de début.',
    );
    expect(byTestId('audit-to')?.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('audit-table')).toBeNull();

    await setField('audit-to', '2026-11-03');
    const request = auditRequest();
    expect(request.request.params.get('from')).toBe(new Date(2026, 10, 2).toISOString());
    expect(request.request.params.get('to')).toBe(new Date(2026, 10, 4).toISOString());
    request.flush({ items: [locked], nextCursor: null });
    await settle();
    expect(text(byTestId('audit-problem'))).toBe('');
  });

  it('loads older events on request', async () => {
    await open('/admin/audit');
    await answerAudit({ items: [locked], nextCursor: 'older' });
    expect(text(byTestId('audit-count'))).toBe("1 événement affiché, d'autres suivent");

    byTestId<HTMLButtonElement>('audit-load-more')!.click();
    await answerAudit({ items: [failed], nextCursor: null }, 'cursor=older');

    expect(column('audit-kind')).toEqual(['Compte bloqué', 'Échec de connexion']);
    expect(byTestId('audit-load-more')).toBeNull();
  });
});
