import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { CommonErrorCode, type NewSecureMessageRequest } from '@guichet/contracts';
import { parcelOptions } from '../../../testing/parcels';
import { answerSessionCheck, staffSession } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { addDays, dateInputValue } from '../../parcels/parcel-format';
import { ParcelsApi } from '../../parcels/parcels-api';
import { SecureMessagesApi } from '../secure-messages-api';
import { ComposeMessagePage } from './compose-message-page';

describe(ComposeMessagePage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ComposeMessagePage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([{ path: 'messages', children: [] }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        ParcelsApi,
        SecureMessagesApi,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(staffSession());
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const settle = () => fixture.whenStable();
  const type = async (testId: string, value: string) => {
    const field = byTestId<HTMLInputElement>(testId)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const render = async () => {
    fixture = TestBed.createComponent(ComposeMessagePage);
    fixture.detectChanges();
    http.expectOne('/api/parcels/options').flush(parcelOptions());
    await settle();
  };
  const fill = async () => {
    await type('compose-recipients', 'Expert@Cabinet.example, avocat@etude.example');
    await type('compose-subject', 'Pièces du dossier');
    await type('compose-body', 'Bonjour,\nvoici les pièces.');
  };
  const submit = async () => {
    byTestId('compose-continue')!.click();
    await settle();
  };

  it('offers the firm default expiry, within its bounds, and leaves the default to the server', async () => {
    await render();
    const expiry = byTestId<HTMLInputElement>('compose-expiry')!;
    expect(expiry.value).toBe(dateInputValue(addDays(new Date(), 30)));
    expect(expiry.min).toBe(dateInputValue(addDays(new Date(), 1)));
    expect(expiry.max).toBe(dateInputValue(addDays(new Date(), 90)));

    await fill();
    await submit();
    const create = http.expectOne({ method: 'POST', url: '/api/secure-messages' });
    expect(create.request.body).toEqual<NewSecureMessageRequest>({
      recipients: ['expert@cabinet.example', 'avocat@etude.example'],
      subject: 'Pièces du dossier',
      body: 'Bonjour,\nvoici les pièces.',
    });
  });

  it('sends another day the sender picks, and refuses one past the maximum before asking', async () => {
    await render();
    await fill();
    await type('compose-expiry', dateInputValue(addDays(new Date(), 120)));
    await submit();
    http.expectNone({ method: 'POST', url: '/api/secure-messages' });
    expect(page().textContent).toContain(
      'Cette date dépasse la durée maximale autorisée par le cabinet.',
    );

    await type('compose-expiry', dateInputValue(addDays(new Date(), 7)));
    await submit();
    const create = http.expectOne({ method: 'POST', url: '/api/secure-messages' });
    const { expiresAt } = create.request.body as NewSecureMessageRequest;
    const days = (Date.parse(expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("puts the server's objection to the date under the date field", async () => {
    await render();
    await fill();
    await type('compose-expiry', dateInputValue(addDays(new Date(), 7)));
    await submit();
    http.expectOne({ method: 'POST', url: '/api/secure-messages' }).flush(
      {
        code: CommonErrorCode.ValidationFailed,
        message: 'x',
        fields: { expiresAt: ['tooLate'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();

    expect(byTestId('compose-expiry')!.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('compose-problem')?.textContent.trim() ?? '').toBe('');
  });
});
