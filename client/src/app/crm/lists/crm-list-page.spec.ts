import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { CommonErrorCode } from '@guichet/contracts';
import { Router } from '@angular/router';
import {
  COMPANY_ID,
  companyDetail,
  companySummary,
  contactSummary,
  crmPage,
  optOut,
} from '../../../testing/crm';
import { renderApp } from '../../../testing/render-app';
import { staffSession } from '../../../testing/session-info';

// The first test compiles the lazy CRM routes through ts-jest: seconds on a busy machine.
jest.setTimeout(20_000);

describe('CrmListPage', () => {
  let fixture: ComponentFixture<unknown>;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends Element = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const text = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const excludeBox = () =>
    byTestId('crm-exclude-opt-out')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const settle = () => fixture.whenStable();

  /** Opens a list screen as Camille, the firm's account manager, whose preference is `preferred`. */
  const open = async (url: string, preferred: boolean | 'unreadable') => {
    fixture = await renderApp(url, { session: staffSession() });
    http = TestBed.inject(HttpTestingController);
    const preferences = http.expectOne('/api/crm/preferences');
    if (preferred === 'unreadable') {
      preferences.flush(
        { code: CommonErrorCode.Internal, message: 'boom' },
        { status: 500, statusText: 'Server Error' },
      );
    } else {
      preferences.flush({ excludeMarketingOptOut: preferred });
    }
    // The screen searches once the preference is known, a few promise turns later.
    await new Promise((resolve) => setTimeout(resolve));
    await settle();
  };
  const listRequest = (path: string): TestRequest =>
    http.expectOne((request) => request.method === 'GET' && request.url === path);

  it('ticks « Exclure des traitements à des fins marketing » when the user prefers it, and asks the server so', async () => {
    await open('/crm/companies', true);

    const request = listRequest('/api/crm/companies');
    expect(request.request.params.get('excludeMarketingOptOut')).toBe('true');
    request.flush(crmPage([companySummary()], { excludedMarketingOptOut: true }));
    await settle();

    expect(excludeBox().checked).toBe(true);
    expect(text(byTestId('crm-excluded-note'))).toBe(
      'Les relations exclues des traitements à des fins marketing ne sont pas affichées.',
    );
    expect(text(byTestId('crm-name'))).toBe('Boulangerie Martin');
  });

  it('leaves the box unticked otherwise, marks the opted-out rows, and searches again once ticked', async () => {
    await open('/crm/contacts', false);
    const first = listRequest('/api/crm/contacts');
    expect(first.request.params.get('excludeMarketingOptOut')).toBe('false');
    first.flush(
      crmPage([
        contactSummary({ marketingOptOut: optOut({ source: 'company', by: null }) }),
        contactSummary({ id: 'c0c0c0c0-0000-4000-8000-0000000000a9', firstName: 'Anne' }),
      ]),
    );
    await settle();

    expect(excludeBox().checked).toBe(false);
    const rows = [...page().querySelectorAll('[data-testid="crm-row"]')];
    expect(rows.map((row) => text(row.querySelector('[data-testid="crm-opt-out-mark"]')))).toEqual([
      'Exclu du marketing (par sa société)',
      '',
    ]);

    excludeBox().click();
    await settle();
    const again = listRequest('/api/crm/contacts');
    expect(again.request.params.get('excludeMarketingOptOut')).toBe('true');
    again.flush(crmPage([contactSummary({ id: 'c0c0c0c0-0000-4000-8000-0000000000a9' })]));
    await settle();
    expect(page().querySelectorAll('[data-testid="crm-row"]')).toHaveLength(1);
  });

  it('lets the server apply the preference when it could not be read, and shows the box as applied', async () => {
    await open('/crm/leads', 'unreadable');

    const request = listRequest('/api/crm/leads');
    expect(request.request.params.has('excludeMarketingOptOut')).toBe(false);
    request.flush(crmPage([], { excludedMarketingOptOut: true }));
    await settle();

    expect(excludeBox().checked).toBe(true);
    expect(text(byTestId('crm-list-empty'))).toBe('Aucune fiche ne correspond.');
  });

  it('saves the preference from the screen, for the next searches', async () => {
    await open('/crm/companies', false);
    listRequest('/api/crm/companies').flush(crmPage([companySummary()]));
    await settle();

    byTestId('crm-preference')!.querySelector('input')!.click();
    await settle();
    const save = http.expectOne({ method: 'PUT', url: '/api/crm/preferences' });
    expect(save.request.body).toEqual({ excludeMarketingOptOut: true });
    save.flush({ excludeMarketingOptOut: true });
    await settle();

    expect(text(byTestId('crm-preference-outcome'))).toBe(
      'La case sera cochée par défaut sur les écrans de recherche.',
    );
  });

  it('offers the marketing export of the current criteria as a CSV download', async () => {
    await open('/crm/companies', false);
    listRequest('/api/crm/companies').flush(crmPage([companySummary()]));
    await settle();

    const search = byTestId<HTMLInputElement>('crm-search')!;
    search.value = 'Lyon';
    search.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-search-submit')!.click();
    await settle();
    const request = listRequest('/api/crm/companies');
    expect(request.request.params.get('q')).toBe('Lyon');
    request.flush(crmPage([companySummary()]));
    await settle();

    const link = byTestId<HTMLAnchorElement>('crm-export')!;
    expect(link.getAttribute('href')).toBe('/api/crm/marketing-export?entity=company&q=Lyon');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it("saves the criteria as a target group of the screen's entity", async () => {
    await open('/crm/leads', false);
    listRequest('/api/crm/leads').flush(crmPage([]));
    await settle();

    byTestId<HTMLButtonElement>('crm-advanced-toggle')!.click();
    await settle();
    byTestId<HTMLSelectElement>('crm-status-filter')!.value = 'qualified';
    byTestId<HTMLSelectElement>('crm-status-filter')!.dispatchEvent(new Event('change'));
    await settle();
    listRequest('/api/crm/leads').flush(crmPage([]));
    await settle();

    byTestId<HTMLButtonElement>('crm-group-save')!.click();
    await settle();
    const name = byTestId<HTMLInputElement>('crm-group-name')!;
    name.value = 'Leads qualifiés';
    name.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-group-create')!.click();
    await settle();
    const create = http.expectOne({ method: 'POST', url: '/api/crm/target-groups' });
    expect(create.request.body).toEqual({
      name: 'Leads qualifiés',
      entity: 'lead',
      criteria: { status: 'qualified' },
    });
    create.flush({
      id: 'g1',
      ...create.request.body,
      createdBy: null,
      createdAt: '2026-11-30T09:00:00Z',
    });
    await settle();

    expect(text(byTestId('crm-group-outcome'))).toBe(
      'Le groupe « Leads qualifiés » est enregistré.',
    );
  });

  it('creates a company and opens its page', async () => {
    await open('/crm/companies', false);
    listRequest('/api/crm/companies').flush(crmPage([]));
    await settle();

    byTestId<HTMLButtonElement>('crm-new-company')!.click();
    await settle();
    byTestId<HTMLButtonElement>('crm-new-create')!.click();
    await settle();
    http.expectNone('/api/crm/companies');
    expect(text(byTestId('crm-new-company-form')!.querySelector('mat-error'))).toBe(
      'Ce champ est obligatoire.',
    );

    const name = byTestId('crm-new-company-form')!.querySelector<HTMLInputElement>('input')!;
    name.value = '  Boulangerie Martin ';
    name.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-new-create')!.click();
    await settle();
    const create = http.expectOne({ method: 'POST', url: '/api/crm/companies' });
    expect(create.request.body).toEqual({ name: 'Boulangerie Martin' });
    create.flush(companyDetail());
    await settle();

    expect(TestBed.inject(Router).url).toBe(`/crm/companies/${COMPANY_ID}`);
    http.expectOne(`/api/crm/companies/${COMPANY_ID}`);
  });

  it('offers no creation of third parties, which come from the ERP', async () => {
    await open('/crm/third-parties', false);
    listRequest('/api/crm/third-parties').flush(crmPage([]));
    await settle();

    expect(text(byTestId('crm-list-third-party')!.querySelector('p'))).toBe(
      'Les sociétés liées à un tiers de la Gestion commerciale (ERP), par leur référence.',
    );
    expect(page().querySelector('app-record-form')).toBeNull();
  });

  it("keeps the user's tick when the preference arrives after it", async () => {
    fixture = await renderApp('/crm/companies', { session: staffSession() });
    http = TestBed.inject(HttpTestingController);
    const preferences = http.expectOne('/api/crm/preferences');

    excludeBox().click();
    await settle();
    const ticked = listRequest('/api/crm/companies');
    expect(ticked.request.params.get('excludeMarketingOptOut')).toBe('true');
    preferences.flush({ excludeMarketingOptOut: false });
    await new Promise((resolve) => setTimeout(resolve));
    await settle();

    http.expectNone('/api/crm/companies');
    ticked.flush(crmPage([], { excludedMarketingOptOut: true }));
    await settle();
    expect(excludeBox().checked).toBe(true);
  });
});
