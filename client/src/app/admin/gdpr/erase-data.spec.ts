import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type ErasurePreview, type ErasureResult, GdprErrorCode } from '@guichet/contracts';
import { provideI18n } from '../../core/i18n';
import { EraseData } from './erase-data';

const URL = '/api/admin/gdpr/client/c-1/erasure';
const PREVIEW: ErasurePreview = {
  kind: 'client',
  id: 'c-1',
  label: 'Jeanne Dupont',
  confirmation: 'ZORB2026',
  counts: { account: 1, session: 2, crm_unknown_table: 3 },
  documents: 4,
};

describe(EraseData.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EraseData>;
  let erased: ErasureResult[];

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
    fixture = TestBed.createComponent(EraseData);
    fixture.componentRef.setInput('subject', { kind: 'client', id: 'c-1' });
    erased = [];
    fixture.componentInstance.erased.subscribe((result) => erased.push(result));
    await settle();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const text = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  async function settle() {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      fixture.detectChanges();
      await fixture.whenStable();
    }
  }
  async function type(value: string) {
    const input = byTestId<HTMLInputElement>('erase-data-confirmation')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }
  async function openPreview() {
    byTestId('erase-data-open')!.click();
    http.expectOne({ method: 'GET', url: URL }).flush(PREVIEW);
    await settle();
  }

  it('shows what will go, per kind, and enables the erasure only once the identifier is typed', async () => {
    await openPreview();
    expect(text(page().querySelector('h3'))).toBe('Effacer les données de Jeanne Dupont ?');
    expect([...byTestId('erase-data-counts')!.querySelectorAll('li')].map(text)).toEqual([
      'Compte : 1',
      'Sessions ouvertes : 2',
      'crm_unknown_table : 3',
      'Fichiers détruits : 4',
    ]);
    expect(text(page())).toContain('Saisissez « ZORB2026 » pour confirmer.');
    const confirm = byTestId<HTMLButtonElement>('erase-data-confirm')!;
    expect(confirm.disabled).toBe(true);
    await type('ZORB2025');
    expect(confirm.disabled).toBe(true);
    await type('  zorb2026 ');
    expect(confirm.disabled).toBe(false);

    confirm.click();
    const request = http.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({ confirmation: '  zorb2026 ' });
    const result: ErasureResult = {
      tombstoneId: 't-1',
      erasedAt: '2026-11-30T09:00:00.000Z',
      counts: PREVIEW.counts,
      documents: 4,
    };
    request.flush(result);
    await settle();
    expect(text(byTestId('erase-data-done'))).toBe(
      'Les données ont été effacées. Référence de l’effacement : t-1.',
    );
    expect(erased).toEqual([result]);
  });

  it('names the ERP third party when the company must be erased from the ERP', async () => {
    byTestId('erase-data-open')!.click();
    http.expectOne({ method: 'GET', url: URL }).flush(
      {
        code: GdprErrorCode.ErpLinked,
        message: 'linked',
        fields: { erpReference: ['ERP-C-0042'] },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text(byTestId('erase-data-problem'))).toContain(
      'Cette société est liée au tiers ERP-C-0042 de la Gestion Commerciale',
    );
    expect(byTestId('erase-data-confirm')).toBeNull();
  });

  it('keeps the form after a refused confirmation, and says why', async () => {
    await openPreview();
    await type('ZORB2026');
    byTestId('erase-data-confirm')!.click();
    http
      .expectOne({ method: 'POST', url: URL })
      .flush(
        { code: GdprErrorCode.WrongConfirmation, message: 'mismatch' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    expect(text(byTestId('erase-data-problem'))).toBe(
      'La confirmation saisie ne correspond pas : rien n’a été effacé.',
    );
    expect(byTestId('erase-data-confirmation')).not.toBeNull();
    expect(erased).toEqual([]);
  });
});
