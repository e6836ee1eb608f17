import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CrmErrorCode, type CrmRemark } from '@guichet/contracts';
import { COMPANY_ID, remark } from '../../../testing/crm';
import { provideI18n } from '../../core/i18n';
import { RemarkEditor } from './remark-editor';

const REMARKS_URL = `/api/crm/companies/${COMPANY_ID}/remarks`;

describe(RemarkEditor.name, () => {
  let fixture: ComponentFixture<RemarkEditor>;
  let http: HttpTestingController;
  let saved: CrmRemark[];

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RemarkEditor);
    fixture.componentRef.setInput('kind', 'company');
    fixture.componentRef.setInput('recordId', COMPANY_ID);
    saved = [];
    fixture.componentInstance.saved.subscribe((remark) => saved.push(remark));
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends Element = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const text = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (value: string) => {
    const field = byTestId<HTMLTextAreaElement>('crm-remark-text')!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const click = async (testId: string) => {
    byTestId<HTMLButtonElement>(testId)!.click();
    await fixture.whenStable();
  };

  it('shows the guidance of seed 002 next to the field', () => {
    expect(text(byTestId('crm-remark-guidance'))).toContain(
      'Il vous appartient de vérifier que les données saisies respectent la réglementation en vigueur',
    );
    const field = byTestId('crm-remark-text')!;
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(
      byTestId('crm-remark-guidance')!.id,
    );
  });

  it('saves a plain remark at once, without any acknowledgement', async () => {
    await type('Préfère être appelée le matin.');
    await click('crm-remark-save');

    const request = http.expectOne({ method: 'POST', url: REMARKS_URL });
    expect(request.request.body).toEqual({ text: 'Préfère être appelée le matin.' });
    request.flush(remark());
    await fixture.whenStable();

    expect(saved).toEqual([remark()]);
    expect(text(byTestId('crm-remark-warning'))).toBe('');
  });

  it('names the sensitive categories before saving, and sends nothing until the user confirms', async () => {
    await type('Hospitalisée en mars, très pratiquante, vote pour le parti communiste.');
    await click('crm-remark-save');

    http.expectNone(REMARKS_URL);
    const warning = byTestId('crm-remark-warning')!;
    expect(text(warning)).toContain('Cette remarque semble contenir des données sensibles');
    expect(text(byTestId('crm-remark-categories'))).toBe(
      'Catégories détectées : santé, religion, opinions politiques ou syndicales.',
    );
    expect(document.activeElement).toBe(warning);

    await click('crm-remark-confirm');
    const request = http.expectOne({ method: 'POST', url: REMARKS_URL });
    expect(request.request.body).toEqual({
      text: 'Hospitalisée en mars, très pratiquante, vote pour le parti communiste.',
      acknowledgeSensitive: true,
    });
    request.flush(remark({ text: request.request.body.text }));
    await fixture.whenStable();
    expect(saved).toHaveLength(1);
  });

  it('lets the user reword instead; a new text is checked again', async () => {
    await type('Client imbécile, déjà condamné.');
    await click('crm-remark-save');
    expect(text(byTestId('crm-remark-categories'))).toBe(
      'Catégories détectées : infractions et condamnations, propos insultants.',
    );

    await click('crm-remark-rewrite');
    expect(text(byTestId('crm-remark-warning'))).toBe('');
    expect(document.activeElement).toBe(byTestId('crm-remark-text'));

    await type('Paiements en retard à deux reprises en 2026.');
    await click('crm-remark-save');
    const request = http.expectOne({ method: 'POST', url: REMARKS_URL });
    expect(request.request.body).toEqual({ text: 'Paiements en retard à deux reprises en 2026.' });
    request.flush(remark());
  });

  it('asks the same question when the server finds sensitive data the browser did not', async () => {
    await type('Voir le dossier.');
    await click('crm-remark-save');
    http
      .expectOne({ method: 'POST', url: REMARKS_URL })
      .flush(
        { code: CrmErrorCode.SensitiveText, message: 'Sensitive', fields: { text: ['health'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();

    expect(text(byTestId('crm-remark-categories'))).toBe('Catégories détectées : santé.');
    expect(saved).toEqual([]);

    await click('crm-remark-confirm');
    const confirmed = http.expectOne({ method: 'POST', url: REMARKS_URL });
    expect(confirmed.request.body).toEqual({
      text: 'Voir le dossier.',
      acknowledgeSensitive: true,
    });
    confirmed.flush(remark({ text: 'Voir le dossier.' }));
  });

  it('rewrites an existing remark in place', async () => {
    fixture = TestBed.createComponent(RemarkEditor);
    fixture.componentRef.setInput('kind', 'company');
    fixture.componentRef.setInput('recordId', COMPANY_ID);
    fixture.componentRef.setInput('remark', remark());
    await fixture.whenStable();
    expect(byTestId<HTMLTextAreaElement>('crm-remark-text')!.value).toBe(
      'Préfère être appelée le matin.',
    );

    await type('Préfère être appelée après 17 h.');
    await click('crm-remark-save');
    const request = http.expectOne({ method: 'PUT', url: `${REMARKS_URL}/${remark().id}` });
    expect(request.request.body).toEqual({ text: 'Préfère être appelée après 17 h.' });
    request.flush(remark({ text: 'Préfère être appelée après 17 h.' }));
  });

  it('refuses an empty remark without asking the server', async () => {
    await click('crm-remark-save');
    http.expectNone(REMARKS_URL);
    expect(text(page().querySelector('mat-error'))).toBe('Ce champ est obligatoire.');
  });
});
