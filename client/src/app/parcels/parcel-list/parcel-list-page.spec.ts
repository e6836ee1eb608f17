import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import type { ParcelPage } from '@guichet/contracts';
import { CLIENT, MANAGER, parcelSummary } from '../../../testing/parcels';
import { answerSessionCheck, sessionInfo } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { ParcelsApi } from '../parcels-api';
import { PARCEL_SEARCH_DEBOUNCE_MS, ParcelListPage } from './parcel-list-page';

describe(ParcelListPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ParcelListPage>;

  const setUp = (box: 'received' | 'sent') => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
        ParcelsApi,
        { provide: ActivatedRoute, useValue: { snapshot: { data: { box } } } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(sessionInfo());
  };

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const all = (testId: string) =>
    [...page().querySelectorAll(`[data-testid="${testId}"]`)].map((element) => text(element));
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const settle = () => fixture.whenStable();
  const answer = async (url: string, body: ParcelPage, query = '') => {
    const request = http.expectOne((r) => r.method === 'GET' && r.url === url);
    expect(request.request.params.toString()).toBe(query);
    request.flush(body);
    await settle();
  };
  const render = async (url: string, body: ParcelPage) => {
    fixture = TestBed.createComponent(ParcelListPage);
    fixture.detectChanges();
    await answer(url, body);
  };

  describe('received « Dossiers sécurisés »', () => {
    beforeEach(() => setUp('received'));

    it('lists the parcels with sender, expiry, documents and size, unread ones marked', async () => {
      await render('/api/parcels/received', {
        items: [
          parcelSummary({ id: 'p1', subject: 'Contrat', unread: true }),
          parcelSummary({ id: 'p2', subject: 'Bilan', documentCount: 1, totalSize: 1536 }),
        ],
        nextCursor: null,
      });

      expect(text(page().querySelector('h1'))).toBe('Dossiers sécurisés');
      expect(all('parcels-subject')).toEqual(['Contrat', 'Bilan']);
      const links = [...page().querySelectorAll('[data-testid="parcels-subject"]')];
      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        '/parcels/p1',
        '/parcels/p2',
      ]);
      expect(all('parcels-party')).toEqual([MANAGER.name, MANAGER.name]);
      expect(all('parcels-expiry')).toEqual(['expire dans 3 jours', 'expire dans 3 jours']);
      expect(all('parcels-documents').map((cell) => cell.replace(/\s/g, ' '))).toEqual([
        '2 documents 3 Mo',
        '1 document 1,5 ko',
      ]);
      const rows = [...page().querySelectorAll('[data-testid="parcels-row"]')];
      expect(rows.map((row) => row.classList.contains('unread'))).toEqual([true, false]);
      // Bold and a badge for the eye, words for screen readers.
      expect(text(rows[0]!.querySelector('th'))).toBe('ContratNouveau (non lu)');
      expect(text(rows[0]!.querySelector('.visually-hidden'))).toBe('(non lu)');
      expect(rows[0]!.querySelector('.badge')?.getAttribute('aria-hidden')).toBe('true');
      expect(byTestId('parcels-load-more')).toBeNull();
    });

    it('says when nothing has been received yet', async () => {
      await render('/api/parcels/received', { items: [], nextCursor: null });

      expect(text(byTestId('parcels-empty'))).toBe(
        "Vous n'avez reçu aucun dossier sécurisé pour l'instant.",
      );
    });

    it('searches once typing pauses, and says when nothing matches', async () => {
      await render('/api/parcels/received', { items: [parcelSummary()], nextCursor: null });
      const search = byTestId<HTMLInputElement>('parcels-search')!;
      search.value = ' impôts ';
      search.dispatchEvent(new Event('input'));
      await settle();
      http.expectNone('/api/parcels/received');

      await new Promise((resolve) => setTimeout(resolve, PARCEL_SEARCH_DEBOUNCE_MS + 50));
      await answer('/api/parcels/received', { items: [], nextCursor: null }, 'search=imp%C3%B4ts');

      expect(text(byTestId('parcels-empty'))).toBe('Aucun dossier ne correspond à « impôts ».');
    });

    it('loads the next page on request, keeping the rows shown', async () => {
      await render('/api/parcels/received', {
        items: [parcelSummary({ id: 'p1', subject: 'Premier' })],
        nextCursor: 'next',
      });

      byTestId('parcels-load-more')!.click();
      await settle();
      await answer(
        '/api/parcels/received',
        { items: [parcelSummary({ id: 'p2', subject: 'Second' })], nextCursor: null },
        'cursor=next',
      );

      expect(all('parcels-subject')).toEqual(['Premier', 'Second']);
      expect(byTestId('parcels-load-more')).toBeNull();
    });

    it('offers to try again when the list cannot be loaded', async () => {
      fixture = TestBed.createComponent(ParcelListPage);
      fixture.detectChanges();
      http
        .expectOne('/api/parcels/received')
        .flush(null, { status: 503, statusText: 'Service Unavailable' });
      await settle();

      expect(byTestId('parcels-load-error')?.getAttribute('role')).toBe('alert');
      byTestId('parcels-load-error')!.querySelector('button')!.click();
      await answer('/api/parcels/received', { items: [], nextCursor: null });
      expect(byTestId('parcels-load-error')).toBeNull();
    });
  });

  describe("sent « Bordereaux d'expédition »", () => {
    beforeEach(() => setUp('sent'));

    it('names the recipients and marks the parcels nobody has opened yet', async () => {
      await render('/api/parcels/sent', {
        items: [
          parcelSummary({
            sender: CLIENT,
            recipients: [MANAGER, { id: 'x', name: 'Alex Administrateur' }],
            unread: true,
          }),
          parcelSummary({ id: 'p2', state: 'draft', sentAt: null, recipients: [MANAGER] }),
        ],
        nextCursor: null,
      });

      expect(text(page().querySelector('h1'))).toBe("Bordereaux d'expédition");
      expect(all('parcels-party')).toEqual([
        'Camille Gestionnaire, Alex Administrateur',
        'Camille Gestionnaire',
      ]);
      expect(all('parcels-unread')).toEqual(['Pas encore ouvert']);
      expect(all('parcels-state')).toEqual(['Envoyé', 'Brouillon']);
    });

    it('says when nothing has been sent yet', async () => {
      await render('/api/parcels/sent', { items: [], nextCursor: null });

      expect(text(byTestId('parcels-empty'))).toBe(
        "Vous n'avez envoyé aucun dossier pour l'instant.",
      );
    });
  });
});
