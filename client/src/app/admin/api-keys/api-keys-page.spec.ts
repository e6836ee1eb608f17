import { InteractivityChecker } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { type ApiKeySummary, IntegrationErrorCode } from '@guichet/contracts';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { ApiKeysPage } from './api-keys-page';

const DAY_MS = 24 * 3_600_000;

const erpKey: ApiKeySummary = {
  id: 'key-1',
  name: 'Synchronisation ERP',
  prefix: 'gch_Ab3dE5fG',
  scopes: ['gdpr:read', 'gdpr:write'],
  state: 'active',
  createdAt: '2026-10-01T08:00:00.000Z',
  createdBy: { id: 'admin', name: 'Alex Administrateur' },
  expiresAt: '2027-10-01T08:00:00.000Z',
  lastUsedAt: '2026-11-29T22:15:00.000Z',
  revokedAt: null,
};
const oldKey: ApiKeySummary = {
  ...erpKey,
  id: 'key-0',
  name: 'Ancien connecteur',
  prefix: 'gch_Zz9yX8wV',
  scopes: ['crm:read'],
  state: 'revoked',
  lastUsedAt: null,
  revokedAt: '2026-10-02T08:00:00.000Z',
};

describe(ApiKeysPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ApiKeysPage>;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(InteractivityChecker.prototype, 'isVisible').mockReturnValue(true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession());
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
    jest.restoreAllMocks();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends Element = HTMLElement>(testId: string, root: ParentNode = page()) =>
    root.querySelector<T>(`[data-testid="${testId}"]`);
  const all = (testId: string) => [
    ...page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
  ];
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  const render = async (keys: ApiKeySummary[] = [erpKey, oldKey]) => {
    fixture = TestBed.createComponent(ApiKeysPage);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/admin/api-keys' }).flush(keys);
    await settle();
  };
  const tick = async (testId: string) => {
    byTestId(testId)?.querySelector<HTMLInputElement>('input')?.click();
    await settle();
  };

  it('lists the keys with their prefix, scopes, expiry, last use and state', async () => {
    await render();

    const rows = all('api-key-row');
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('Synchronisation ERP');
    expect(text(rows[0])).toContain('gch_Ab3dE5fG…');
    expect([...rows[0]!.querySelectorAll('li')].map((item) => text(item))).toEqual([
      'gdpr:read',
      'gdpr:write',
    ]);
    expect(text(rows[0])).toContain('Créée le 1 oct. 2026 par Alex Administrateur');
    expect(all('api-key-state').map((cell) => text(cell))).toEqual(['Active', 'Révoquée']);
    expect(text(rows[1])).toContain('Jamais utilisée');
    // Only an active key can be revoked.
    expect(all('api-key-revoke')).toHaveLength(1);
  });

  it('creates a named, scoped key and shows its secret once', async () => {
    await render([]);
    expect(text(byTestId('api-keys-empty'))).toBe('Aucune clé pour le moment.');
    const create = byTestId<HTMLButtonElement>('api-key-create')!;

    const name = byTestId<HTMLInputElement>('api-key-name')!;
    name.value = 'Synchronisation ERP';
    name.dispatchEvent(new Event('input'));
    await settle();
    // No scope yet.
    expect(create.disabled).toBe(true);
    await tick('api-key-scope-gdpr:write');
    expect(create.disabled).toBe(false);

    const before = Date.now();
    create.click();
    const request = http.expectOne({ method: 'POST', url: '/api/admin/api-keys' });
    const body = request.request.body as { name: string; scopes: string[]; expiresAt: string };
    expect(body.name).toBe('Synchronisation ERP');
    expect(body.scopes).toEqual(['gdpr:write']);
    // 90 days by default (PWD-6).
    expect(Date.parse(body.expiresAt) - before).toBeGreaterThanOrEqual(90 * DAY_MS - 1_000);
    expect(Date.parse(body.expiresAt) - before).toBeLessThan(90 * DAY_MS + 60_000);
    request.flush({
      key: { ...erpKey, scopes: ['gdpr:write'], lastUsedAt: null },
      secret: 'gch_Ab3dE5fG_s3cr3tS3cr3tS3cr3t',
    });
    await settle();

    expect(text(byTestId('one-time-secret-heading'))).toBe("Clé d'API « Synchronisation ERP »");
    expect(text(byTestId('one-time-secret-value'))).toBe('gch_Ab3dE5fG_s3cr3tS3cr3tS3cr3t');
    expect(text(byTestId('one-time-secret-warning'))).toContain('Cette clé ne sera plus affichée');
    expect(all('api-key-row')).toHaveLength(1);
    expect(byTestId<HTMLInputElement>('api-key-name')?.value).toBe('');

    byTestId<HTMLButtonElement>('one-time-secret-close')!.click();
    await settle();
    expect(page().textContent).not.toContain('s3cr3t');
  });

  it('offers lifetimes up to one year and no key without expiry (PWD-6)', async () => {
    await render([]);
    const name = byTestId<HTMLInputElement>('api-key-name')!;
    name.value = 'CRM';
    name.dispatchEvent(new Event('input'));
    await tick('api-key-scope-crm:read');
    const lifetime = byTestId<HTMLSelectElement>('api-key-lifetime')!;
    expect([...lifetime.options].map((option) => text(option))).toEqual([
      '30 jours',
      '90 jours',
      '6 mois',
      '1 an',
    ]);
    expect(text(page().querySelector('.keys-lifetime mat-hint'))).toContain(
      'Toute clé expire, au plus tard dans un an.',
    );
    lifetime.selectedIndex = lifetime.options.length - 1;
    lifetime.dispatchEvent(new Event('change'));
    await settle();

    const before = Date.now();
    byTestId<HTMLButtonElement>('api-key-create')!.click();
    const request = http.expectOne({ method: 'POST', url: '/api/admin/api-keys' });
    const body = request.request.body as { expiresAt: string };
    expect(Date.parse(body.expiresAt) - before).toBeGreaterThanOrEqual(365 * DAY_MS - 1_000);
    expect(Date.parse(body.expiresAt) - before).toBeLessThan(365 * DAY_MS + 60_000);
    request.flush(
      { code: IntegrationErrorCode.TooManyKeys, message: 'too many' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(text(byTestId('api-keys-problem'))).toBe(
      "Votre cabinet a déjà 20 clés d'API actives : révoquez-en une avant d'en créer une autre.",
    );
  });

  it('flags active keys made without expiry so that the admin replaces them', async () => {
    const forever: ApiKeySummary = {
      ...erpKey,
      id: 'key-2',
      name: 'Connecteur 2024',
      expiresAt: null,
    };
    await render([forever, erpKey]);

    expect(text(byTestId('api-keys-no-expiry-notice'))).toContain(
      "Des clés actives n'ont pas de date d'expiration",
    );
    const [row] = all('api-key-row');
    expect(text(byTestId('api-key-no-expiry', row))).toBe('Sans expiration');
    expect(byTestId('api-key-no-expiry', row)?.classList).toContain('keys-no-expiry');
    expect(text(row)).toContain('À remplacer par une clé qui expire');
    // It works until revoked: it can be revoked like any other.
    expect(all('api-key-revoke')).toHaveLength(2);
  });

  it('no longer flags a key without expiry once revoked', async () => {
    await render([{ ...oldKey, expiresAt: null }]);

    expect(byTestId('api-keys-no-expiry-notice')).toBeNull();
    expect(text(byTestId('api-key-no-expiry'))).toBe('Sans expiration');
    expect(byTestId('api-key-no-expiry')?.classList).not.toContain('keys-no-expiry');
    expect(text(all('api-key-row')[0])).not.toContain('À remplacer');
  });

  it('revokes a key once confirmed', async () => {
    await render();
    const revoke = all('api-key-revoke')[0] as HTMLButtonElement;
    expect(revoke.getAttribute('aria-label')).toBe('Révoquer la clé Synchronisation ERP');

    revoke.click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    expect(text(dialog?.querySelector('h2'))).toBe('Révoquer la clé « Synchronisation ERP » ?');
    byTestId<HTMLButtonElement>('confirm-dialog-confirm', document)!.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/admin/api-keys/key-1/revoke' })
      .flush({ ...erpKey, state: 'revoked' });
    await settle();

    expect(text(byTestId('api-keys-outcome'))).toBe('La clé « Synchronisation ERP » est révoquée.');
    expect(all('api-key-state').map((cell) => text(cell))).toEqual(['Révoquée', 'Révoquée']);
    expect(all('api-key-revoke')).toHaveLength(0);
  });
});
