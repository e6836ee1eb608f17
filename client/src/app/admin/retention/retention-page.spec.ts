import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { RetentionReport, RetentionSettings } from '@guichet/contracts';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { RetentionPage } from './retention-page';

const SETTINGS: RetentionSettings = { inactiveClientMonths: 24, auditIpMonths: 12, leadMonths: 36 };
const REPORT: RetentionReport = {
  dryRun: true,
  ran: true,
  at: '2026-11-30T09:00:00.000Z',
  expiringWithinDays: 30,
  kinds: [
    {
      kind: 'inactive-clients',
      months: 24,
      due: 2,
      done: 0,
      expiringCount: 1,
      expiring: [
        { id: 'a1', label: 'Sophie Bataillon (70016968)', expiresAt: '2026-12-15T10:00:00.000Z' },
      ],
    },
    { kind: 'audit-ip', months: 12, due: 40, done: 0, expiringCount: 7, expiring: [] },
  ],
};

describe(RetentionPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RetentionPage>;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession());
    fixture = TestBed.createComponent(RetentionPage);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/admin/retention/settings' }).flush(SETTINGS);
    http.expectOne({ method: 'GET', url: '/api/admin/retention/report' }).flush(REPORT);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const fill = async (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  it('shows the periods in months and what the job will erase, in French', () => {
    expect(byTestId<HTMLInputElement>('retention-inactiveClientMonths')!.value).toBe('24');
    expect(byTestId<HTMLInputElement>('retention-auditIpMonths')!.value).toBe('12');
    expect(byTestId<HTMLInputElement>('retention-leadMonths')!.value).toBe('36');
    const clients = byTestId('retention-kind-inactive-clients')!;
    expect(text(clients.querySelector('h4'))).toBe('Comptes clients inactifs');
    expect(text(clients.querySelector('[data-testid="retention-due"]'))).toBe('Durée dépassée : 2');
    expect(text(clients.querySelector('[data-testid="retention-expiring-count"]'))).toBe(
      'Arrivent à échéance dans les 30 jours : 1',
    );
    expect(text(clients.querySelector('[data-testid="retention-expiring-item"]'))).toBe(
      'Sophie Bataillon (70016968) — le 15 déc. 2026',
    );
    const ips = byTestId('retention-kind-audit-ip')!;
    expect(text(ips.querySelector('[data-testid="retention-due"]'))).toBe('Durée dépassée : 40');
    expect(ips.querySelector('[data-testid="retention-expiring-item"]')).toBeNull();
  });

  it('saves new periods, says so and refreshes the report', async () => {
    await fill('retention-auditIpMonths', '6');
    byTestId('retention-save')!.click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'PUT', url: '/api/admin/retention/settings' });
    expect(request.request.body).toEqual({ ...SETTINGS, auditIpMonths: 6 });
    request.flush(request.request.body);
    http.expectOne({ method: 'GET', url: '/api/admin/retention/report' }).flush(REPORT);
    await fixture.whenStable();
    expect(text(byTestId('retention-outcome'))).toBe(
      'Les durées de conservation sont enregistrées.',
    );
  });

  it('refuses a period out of range or not whole before asking the server', async () => {
    await fill('retention-inactiveClientMonths', '0');
    await fill('retention-leadMonths', '200');
    await fill('retention-auditIpMonths', '1.5');
    byTestId('retention-save')!.click();
    await fixture.whenStable();

    http.expectNone({ method: 'PUT', url: '/api/admin/retention/settings' });
    expect([...page().querySelectorAll('mat-error')].map(text)).toEqual([
      'Saisissez au moins 1 mois.',
      'Saisissez un nombre entier de mois.',
      'Saisissez au plus 120 mois (dix ans).',
    ]);
  });
});
