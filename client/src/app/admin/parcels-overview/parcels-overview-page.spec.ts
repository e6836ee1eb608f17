import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { ParcelsOverviewPage } from './parcels-overview-page';

describe(ParcelsOverviewPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ParcelsOverviewPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession());
    fixture = TestBed.createComponent(ParcelsOverviewPage);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = (testId: string) => page().querySelector(`[data-testid="${testId}"]`);
  /** "Envoyés: 12": the term and its figure. */
  const figure = (testId: string) => {
    const element = byTestId(testId);
    return `${text(element?.querySelector('dt'))}: ${text(element?.querySelector('dd'))}`;
  };

  it('counts the parcels by state, the space used, and lists the clients to assign', async () => {
    http.expectOne('/api/admin/parcels/overview').flush({
      counts: { draft: 1, sent: 12, withdrawn: 2, expired: 0 },
      storedBytes: 5 * 1024 * 1024,
      clientsWithoutManager: [{ id: 'c1', name: 'Julien Petit' }],
    });
    await fixture.whenStable();

    expect(figure('parcels-overview-sent')).toBe('Envoyés: 12');
    expect(figure('parcels-overview-draft')).toBe('Brouillons: 1');
    expect(figure('parcels-overview-withdrawn')).toBe('Retirés: 2');
    expect(figure('parcels-overview-expired')).toBe('Expirés: 0');
    expect(figure('parcels-overview-stored').replace(/\s/g, ' ')).toBe('Espace occupé: 5 Mo');
    expect(text(byTestId('parcels-overview-client')?.querySelector('span'))).toBe('Julien Petit');
    const assign = byTestId('parcels-overview-assign')!;
    expect(assign.getAttribute('href')).toBe('/admin/account-managers?search=Julien%20Petit');
    expect(assign.getAttribute('aria-label')).toBe('Attribuer un chargé de compte à Julien Petit');
  });

  it('says when every client has an account manager', async () => {
    http.expectOne('/api/admin/parcels/overview').flush({
      counts: { draft: 0, sent: 0, withdrawn: 0, expired: 0 },
      storedBytes: 0,
      clientsWithoutManager: [],
    });
    await fixture.whenStable();

    expect(text(byTestId('parcels-overview-all-assigned'))).toBe(
      'Tous les clients ont un chargé de compte.',
    );
  });
});
