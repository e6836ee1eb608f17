import { InteractivityChecker } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { CommonErrorCode, type ParcelDetail, ParcelErrorCode } from '@guichet/contracts';
import { of } from 'rxjs';
import { MANAGER, parcelDetail, parcelDocument } from '../../../testing/parcels';
import { answerSessionCheck, sessionInfo } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { addDays, dateInputValue, endOfDay } from '../parcel-format';
import { ParcelsApi } from '../parcels-api';
import { ParcelPage } from './parcel-page';

const ID = 'fa7ce100-0000-4000-8000-000000000001';
const PDF = parcelDocument({ id: 'doc-pdf' });
const NOTES = parcelDocument({
  id: 'doc-txt',
  name: 'notes.docx',
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  size: 2048,
  viewable: false,
});

describe(ParcelPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ParcelPage>;

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
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: ID })) } },
        ParcelsApi,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(sessionInfo());
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
    jest.restoreAllMocks();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const allByTestId = <T extends HTMLElement = HTMLElement>(testId: string) => [
    ...page().querySelectorAll<T>(`[data-testid="${testId}"]`),
  ];
  const settle = () => fixture.whenStable();
  const render = async (parcel: ParcelDetail) => {
    fixture = TestBed.createComponent(ParcelPage);
    fixture.detectChanges();
    http.expectOne(`/api/parcels/${ID}`).flush(parcel);
    await settle();
  };
  const recipientView = parcelDetail({
    role: 'recipient',
    sender: MANAGER,
    recipients: [{ id: 'me', name: 'Sophie Bataillon' }],
    receipts: null,
    note: '<img src=x onerror=alert(1)> Bonjour,\nvoici vos documents.',
    documents: [PDF, NOTES],
  });

  it('shows the subject, people, dates and the note as plain text', async () => {
    await render(recipientView);

    expect(text(byTestId('parcel-subject'))).toBe('Bilan 2025');
    expect(text(byTestId('parcel-sender'))).toBe('Camille Gestionnaire');
    expect(text(byTestId('parcel-recipients'))).toBe('Sophie Bataillon');
    expect(text(byTestId('parcel-expiry'))).toMatch(/\(expire dans (9|10) jours\)$/);
    const note = byTestId('parcel-note')!;
    expect(note.textContent).toBe('<img src=x onerror=alert(1)> Bonjour,\nvoici vos documents.');
    expect(note.querySelector('img')).toBeNull();
  });

  it('opens a viewable document in a new tab, and downloads any of them or all as a zip', async () => {
    await render(recipientView);

    const view = allByTestId<HTMLAnchorElement>('parcel-document-view');
    expect(view).toHaveLength(1);
    expect(view[0]!.getAttribute('href')).toBe(
      `/api/parcels/${ID}/documents/doc-pdf/content?disposition=inline`,
    );
    expect(view[0]!.target).toBe('_blank');
    expect(view[0]!.rel).toBe('noopener');
    expect(text(view[0])).toBe("bilan-2025.pdf (s'ouvre dans un nouvel onglet)");
    // Not safe to show in the browser: the name is only a name.
    expect(text(byTestId('parcel-document-name'))).toBe('notes.docx');
    expect(allByTestId('parcel-document-type').map(text)).toEqual([
      'PDF',
      'Document de traitement de texte',
    ]);

    const downloads = allByTestId<HTMLAnchorElement>('parcel-document-download');
    expect(
      downloads.map((link) => [link.getAttribute('href'), link.hasAttribute('download')]),
    ).toEqual([
      [`/api/parcels/${ID}/documents/doc-pdf/content`, true],
      [`/api/parcels/${ID}/documents/doc-txt/content`, true],
    ]);
    expect(downloads.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Télécharger bilan-2025.pdf',
      'Télécharger notes.docx',
    ]);
    expect(text(downloads[0])).toBe('Télécharger');
    expect(byTestId('parcel-zip')?.getAttribute('href')).toBe(`/api/parcels/${ID}/zip`);
    expect(text(byTestId('parcel-zip'))).toBe('Tout télécharger (zip)');
    // The receipt and the sender's actions are the sender's alone.
    expect(byTestId('parcel-receipts')).toBeNull();
    expect(byTestId('parcel-withdraw')).toBeNull();
  });

  it('shows the sender who opened it and which documents they fetched, when', async () => {
    await render(
      parcelDetail({
        documents: [PDF, NOTES],
        receipts: [
          {
            recipient: MANAGER,
            notifiedAt: '2026-03-01T09:06:00.000Z',
            openedAt: '2026-03-02T10:00:00.000Z',
            downloads: { 'doc-pdf': '2026-03-02T10:01:00.000Z' },
          },
        ],
      }),
    );

    const receipt = byTestId('parcel-receipt')!;
    expect(text(receipt.querySelector('th'))).toBe('Camille Gestionnaire');
    expect(text(byTestId('parcel-receipt-notified'))).toMatch(/^01\/03\/2026 \d\d:06$/);
    expect(text(byTestId('parcel-receipt-opened'))).toMatch(/^02\/03\/2026 \d\d:00$/);
    expect(allByTestId('parcel-receipt-download').map(text)).toEqual([
      expect.stringMatching(/^bilan-2025\.pdf : le 02\/03\/2026 \d\d:01$/),
      'notes.docx : pas encore',
    ]);
  });

  it('tells the sender which recipient could not be told by mail (no address on file)', async () => {
    await render(
      parcelDetail({
        receipts: [{ recipient: MANAGER, notifiedAt: null, openedAt: null, downloads: {} }],
      }),
    );

    expect(text(byTestId('parcel-receipt-notified'))).toBe(
      "Non prévenu : pas d'adresse e-mail au dossier",
    );
  });

  it('lets the sender bring the expiry forward, never after the current one', async () => {
    const parcel = parcelDetail();
    await render(parcel);

    const date = byTestId<HTMLInputElement>('parcel-shorten-date')!;
    const dayBefore = dateInputValue(addDays(new Date(parcel.expiresAt), -1));
    expect(date.max).toBe(dayBefore);
    expect(date.min).toBe(dateInputValue(new Date()));
    expect(date.value).toBe(dayBefore);

    const chosen = addDays(new Date(), 2);
    date.value = dateInputValue(chosen);
    date.dispatchEvent(new Event('input'));
    byTestId('parcel-shorten')!.click();
    await settle();

    const request = http.expectOne({ method: 'PATCH', url: `/api/parcels/${ID}` });
    expect(request.request.body).toEqual({ expiresAt: endOfDay(chosen).toISOString() });
    request.flush({ ...parcel, expiresAt: endOfDay(chosen).toISOString() });
    await settle();
    expect(text(byTestId('parcel-outcome'))).toBe('La date de péremption est avancée.');
    expect(byTestId<HTMLInputElement>('parcel-shorten-date')!.max).toBe(
      dateInputValue(addDays(chosen, -1)),
    );
  });

  it('withdraws the parcel once confirmed; its documents are then out of reach', async () => {
    await render(parcelDetail());

    byTestId('parcel-withdraw')!.click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(text(dialog.querySelector('h2'))).toBe('Retirer le dossier « Bilan 2025 » ?');
    dialog.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
    await settle();

    http
      .expectOne({ method: 'POST', url: `/api/parcels/${ID}/withdraw` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(text(byTestId('parcel-outcome'))).toBe(
      "Le dossier est retiré : ses destinataires n'y ont plus accès.",
    );
    expect(text(byTestId('parcel-state'))).toBe('Retiré');
    expect(byTestId('parcel-document-download')).toBeNull();
    expect(byTestId('parcel-withdraw')).toBeNull();
  });

  it('keeps the parcel when the confirmation is cancelled', async () => {
    await render(parcelDetail());

    byTestId('parcel-withdraw')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="withdraw-cancel"]')!.click();
    await settle();

    http.expectNone(`/api/parcels/${ID}/withdraw`);
    expect(byTestId('parcel-withdraw')).not.toBeNull();
  });

  it('takes a mangled link for a parcel that does not exist', async () => {
    fixture = TestBed.createComponent(ParcelPage);
    fixture.detectChanges();
    http
      .expectOne(`/api/parcels/${ID}`)
      .flush(
        { code: CommonErrorCode.ValidationFailed, message: 'Invalid', fields: { id: ['isUuid'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();

    expect(text(page().querySelector('h1'))).toBe("Ce dossier n'existe pas ou a expiré");
  });

  it('offers to try again when the server cannot answer', async () => {
    fixture = TestBed.createComponent(ParcelPage);
    fixture.detectChanges();
    http.expectOne(`/api/parcels/${ID}`).flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(byTestId('parcel-load-error')?.getAttribute('role')).toBe('alert');

    byTestId('parcel-load-error')!.querySelector('button')!.click();
    await settle();
    http.expectOne(`/api/parcels/${ID}`).flush(recipientView);
    await settle();
    expect(text(byTestId('parcel-subject'))).toBe('Bilan 2025');
  });

  it('says clearly that a parcel does not exist or has expired', async () => {
    fixture = TestBed.createComponent(ParcelPage);
    fixture.detectChanges();
    http
      .expectOne(`/api/parcels/${ID}`)
      .flush(
        { code: ParcelErrorCode.NotFound, message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(text(page().querySelector('h1'))).toBe("Ce dossier n'existe pas ou a expiré");
    expect(byTestId('parcel-page')).toBeNull();
    const links = [...byTestId('parcel-not-found')!.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/parcels/received',
      '/parcels/sent',
    ]);
  });
});
