import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { type NewParcelRequest, ParcelErrorCode, type SessionInfo } from '@guichet/contracts';
import { MANAGER, parcelDetail, parcelDocument, parcelOptions } from '../../../testing/parcels';
import { answerSessionCheck, sessionInfo, staffSession } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { addDays, dateInputValue } from '../parcel-format';
import { ParcelsApi } from '../parcels-api';
import { RECIPIENT_SEARCH_DEBOUNCE_MS } from './recipient-picker';
import { SendParcelPage } from './send-parcel-page';

const DRAFT = parcelDetail({ state: 'draft', sentAt: null, documents: [], receipts: null });

describe(SendParcelPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SendParcelPage>;

  const setUp = (session: SessionInfo) => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([{ path: 'parcels/:id', children: [] }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        ParcelsApi,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(session);
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const settle = () => fixture.whenStable();
  const type = async (testId: string, value: string) => {
    const field = byTestId<HTMLInputElement>(testId)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const render = async (options = parcelOptions()) => {
    fixture = TestBed.createComponent(SendParcelPage);
    fixture.detectChanges();
    http.expectOne('/api/parcels/options').flush(options);
    await settle();
  };
  const createDraft = async () => {
    await type('send-subject', 'Bilan 2025');
    byTestId('send-continue')!.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/parcels' });
    request.flush(DRAFT, { status: 201, statusText: 'Created' });
    await settle();
    return request.request.body as NewParcelRequest;
  };
  const choose = async (...files: File[]) => {
    const input = byTestId<HTMLInputElement>('send-file-input')!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  const sendButton = () => byTestId<HTMLButtonElement>('send-submit')!;

  describe('for a client', () => {
    beforeEach(() => setUp(sessionInfo()));

    it('names the account manager as the recipient, and proposes the default expiry', async () => {
      await render();

      expect(text(byTestId('send-recipient'))).toBe(
        'Destinataire : votre chargé de compte, Camille Gestionnaire',
      );
      expect(byTestId('send-recipient-search')).toBeNull();
      const expiry = byTestId<HTMLInputElement>('send-expiry')!;
      expect(expiry.value).toBe(dateInputValue(addDays(new Date(), 30)));
      expect(expiry.max).toBe(dateInputValue(addDays(new Date(), 90)));
      expect(expiry.min).toBe(dateInputValue(addDays(new Date(), 1)));
    });

    it('blocks sending with a clear message when no account manager is assigned', async () => {
      await render(parcelOptions({ accountManager: null }));

      expect(text(byTestId('send-no-manager'))).toContain(
        "Aucun chargé de compte ne vous est encore attribué : vous ne pouvez pas envoyer de dossier pour l'instant.",
      );
      expect(byTestId('send-subject')).toBeNull();
      expect(byTestId('send-no-manager')?.getAttribute('role')).toBe('alert');
    });

    it('asks for a subject before creating the draft', async () => {
      await render();

      byTestId('send-continue')!.click();
      await settle();

      http.expectNone({ method: 'POST', url: '/api/parcels' });
      expect(text(page().querySelector('mat-error'))).toBe('Ce champ est obligatoire.');
    });

    it('creates the draft, uploads a file with its progress, then sends and opens the parcel', async () => {
      await render();
      await type('send-note', '<b>Bonjour</b>');

      const request = await createDraft();
      expect(request).toEqual({ subject: 'Bilan 2025', note: '<b>Bonjour</b>' });
      expect(text(byTestId('send-summary'))).toContain('Bilan 2025');
      expect(text(byTestId('send-limits'))).toMatch(/^Jusqu'à 10\sMo par fichier et 20\sMo/);
      expect(sendButton().disabled).toBe(true);
      expect(text(byTestId('send-why'))).toBe(
        'Ajoutez au moins un document pour pouvoir envoyer le dossier.',
      );

      const file = new File(['%PDF-1.4'], 'bilan.pdf', { type: 'application/pdf' });
      await choose(file);
      const upload = http.expectOne({ method: 'POST', url: `/api/parcels/${DRAFT.id}/documents` });
      upload.event({ type: HttpEventType.Sent });
      upload.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 8 });
      await settle();

      const progress = byTestId('send-file-progress')!;
      expect(progress.getAttribute('role')).toBe('progressbar');
      expect(progress.getAttribute('aria-valuenow')).toBe('50');
      expect(progress.getAttribute('aria-label')).toBe('Envoi de bilan.pdf');
      expect(text(byTestId('send-file-status'))).toBe('Envoi en cours : 50 %');
      expect(sendButton().disabled).toBe(true);
      expect(text(byTestId('send-why'))).toBe(
        "Patientez jusqu'à la fin de l'enregistrement des documents.",
      );

      upload.flush(parcelDocument({ name: 'bilan.pdf' }), { status: 201, statusText: 'Created' });
      await settle();
      expect(text(byTestId('send-file-status'))).toBe('Enregistré');
      expect(text(byTestId('send-notice'))).toBe('bilan.pdf est enregistré.');
      expect(sendButton().disabled).toBe(false);

      sendButton().click();
      await settle();
      http
        .expectOne({ method: 'POST', url: `/api/parcels/${DRAFT.id}/send` })
        .flush({ ...DRAFT, state: 'sent' });
      await settle();
      expect(TestBed.inject(Router).url).toBe(`/parcels/${DRAFT.id}`);
    });

    it('says why a file is refused, and still sends the stored ones', async () => {
      await render(parcelOptions({ maxFileBytes: 10 }));
      await createDraft();

      await choose(
        new File(['0123456789ABC'], 'trop-gros.zip'),
        new File(['X5O!P%@AP'], 'eicar.txt'),
        new File(['ok'], 'ok.txt'),
      );
      const [eicar, ok] = http.match({
        method: 'POST',
        url: `/api/parcels/${DRAFT.id}/documents`,
      });
      eicar!.flush(
        { code: ParcelErrorCode.Infected, message: 'Infected' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      ok!.flush(parcelDocument({ name: 'ok.txt' }), { status: 201, statusText: 'Created' });
      await settle();

      const statuses = [...page().querySelectorAll('[data-testid="send-file-status"]')].map(text);
      expect(statuses).toEqual([
        'Refusé : Ce fichier dépasse la taille maximale autorisée.',
        "Refusé : L'antivirus a détecté une menace : ce fichier n'a pas été enregistré.",
        'Enregistré',
      ]);
      expect(sendButton().disabled).toBe(false);
    });

    it('sends an expiry other than the default as a date that many days from now', async () => {
      await render();
      const expiry = byTestId<HTMLInputElement>('send-expiry')!;
      expiry.value = dateInputValue(addDays(new Date(), 7));
      expiry.dispatchEvent(new Event('input'));

      const request = await createDraft();

      const days = (Date.parse(request.expiresAt!) - Date.now()) / 86_400_000;
      expect(Math.round(days)).toBe(7);
    });

    it('refuses an expiry beyond the maximum before asking the server', async () => {
      await render();
      const expiry = byTestId<HTMLInputElement>('send-expiry')!;
      expiry.value = dateInputValue(addDays(new Date(), 91));
      expiry.dispatchEvent(new Event('input'));
      await type('send-subject', 'Bilan');
      byTestId('send-continue')!.click();
      await settle();

      http.expectNone({ method: 'POST', url: '/api/parcels' });
      expect(text(page().querySelector('mat-error'))).toBe(
        'Cette date dépasse la durée maximale autorisée par le cabinet.',
      );
    });
  });

  describe('for staff', () => {
    beforeEach(() => setUp(staffSession()));

    it('asks for at least one recipient, found by name, shown as a chip', async () => {
      await render(parcelOptions({ accountManager: null }));
      expect(byTestId('send-no-manager')).toBeNull();
      await type('send-subject', 'Votre contrat');
      byTestId('send-continue')!.click();
      await settle();
      http.expectNone({ method: 'POST', url: '/api/parcels' });
      expect(text(byTestId('send-recipients-error'))).toBe('Choisissez au moins un destinataire.');

      const search = byTestId<HTMLInputElement>('send-recipient-search')!;
      search.focus();
      await type('send-recipient-search', 'bata');
      await new Promise((resolve) => setTimeout(resolve, RECIPIENT_SEARCH_DEBOUNCE_MS + 50));
      const lookup = http.expectOne((r) => r.url === '/api/parcels/recipients');
      expect(lookup.request.params.get('search')).toBe('bata');
      lookup.flush([
        { id: 'client-1', name: 'Sophie Bataillon', accessCode: '70016968', withoutEmail: false },
        { id: 'client-2', name: 'Marc Batailler', accessCode: '72018689', withoutEmail: true },
      ]);
      await settle();
      const [option, unreachable] = [...document.querySelectorAll<HTMLElement>('mat-option')];
      expect(text(option)).toBe('Sophie Bataillon · 70016968');
      // A client the firm cannot tell by mail is shown as such before being chosen.
      expect(text(unreachable)).toBe(
        "Marc Batailler · 72018689 · sans adresse e-mail : ne sera pas prévenu, verra l'envoi à sa prochaine connexion",
      );
      option!.click();
      await settle();
      // Clearing the field searches again, for whoever is next.
      await new Promise((resolve) => setTimeout(resolve, RECIPIENT_SEARCH_DEBOUNCE_MS + 50));
      http.match((r) => r.url === '/api/parcels/recipients').forEach((r) => r.flush([]));

      expect([...page().querySelectorAll('[data-testid="send-recipient-chip"]')].map(text)).toEqual(
        [expect.stringContaining('Sophie Bataillon')],
      );
      expect(byTestId('send-recipients-error')).toBeNull();
      expect(
        page()
          .querySelector('[data-testid="send-recipient-chip"] button')
          ?.getAttribute('aria-label'),
      ).toBe('Retirer Sophie Bataillon des destinataires');

      byTestId('send-continue')!.click();
      await settle();
      const create = http.expectOne({ method: 'POST', url: '/api/parcels' });
      expect(create.request.body).toEqual({ subject: 'Votre contrat', recipientIds: ['client-1'] });
      create.flush({
        ...DRAFT,
        sender: MANAGER,
        recipients: [{ id: 'client-1', name: 'Sophie Bataillon' }],
      });
      await settle();
      expect(text(byTestId('send-summary'))).toContain('Sophie Bataillon');
    });
  });
});
