import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import {
  type ReceivedSecureMessage,
  SecureMessageErrorCode,
  type SecureMessageLanding,
} from '@guichet/contracts';
import { provideI18n } from '../../core/i18n';
import { MessageReaderPage } from './message-reader-page';

const TOKEN = 'a'.repeat(43);
const LANDING: SecureMessageLanding = {
  workspaceName: 'Cabinet Démo',
  senderName: 'Camille Gestionnaire',
  subject: 'Votre dossier 4471',
  maskedEmail: 'a•••e@externe.example',
  signedIn: false,
};
const MESSAGE: ReceivedSecureMessage = {
  workspaceName: 'Cabinet Démo',
  senderName: 'Camille Gestionnaire',
  subject: 'Votre dossier 4471',
  body: '<img src=x onerror=alert(1)> Bonjour,\nvoici le détail.',
  sentAt: '2026-11-30T07:00:00.000Z',
  expiresAt: '2026-12-30T07:00:00.000Z',
  attachments: [{ id: 'doc-1', name: 'releve.pdf', size: 2048, contentType: 'application/pdf' }],
};

describe(MessageReaderPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MessageReaderPage>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({ token: TOKEN }) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    page().querySelector<T>(`[data-testid="${id}"]`);
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const render = async (landing: SecureMessageLanding | 'gone') => {
    fixture = TestBed.createComponent(MessageReaderPage);
    fixture.detectChanges();
    const request = http.expectOne(`/api/m/${TOKEN}`);
    if (landing === 'gone') {
      request.flush(
        { code: SecureMessageErrorCode.Gone, message: 'gone' },
        { status: 410, statusText: 'Gone' },
      );
    } else {
      request.flush(landing);
    }
    await settle();
  };

  it('shows sender and subject, mails a code, and opens the message with "private computer"', async () => {
    await render(LANDING);
    expect(byTestId('reader-sender')!.textContent).toContain('Camille Gestionnaire');
    expect(byTestId('reader-subject')!.textContent).toContain('Votre dossier 4471');
    expect(byTestId('reader-body')).toBeNull();

    byTestId<HTMLButtonElement>('reader-request-code')!.click();
    http.expectOne(`/api/m/${TOKEN}/code`).flush({ validMinutes: 10, resendInSeconds: 60 });
    await settle();
    expect(byTestId('reader-code-sent')!.textContent).toContain('10 minutes');
    const code = byTestId<HTMLInputElement>('reader-code')!;
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(page().textContent).toContain('Ordinateur privé : rester connecté 12 heures');

    code.value = '482913';
    code.dispatchEvent(new Event('input'));
    page().querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    byTestId<HTMLButtonElement>('reader-submit')!.click();
    const session = http.expectOne(`/api/m/${TOKEN}/session`);
    expect(session.request.body).toEqual({ code: '482913', privateComputer: true });
    session.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    http.expectOne(`/api/m/${TOKEN}/message`).flush(MESSAGE);
    await settle();

    const body = byTestId('reader-body')!;
    expect(body.textContent).toBe(MESSAGE.body);
    expect(body.querySelector('img')).toBeNull();
    const download = byTestId<HTMLAnchorElement>('reader-download')!;
    expect(download.getAttribute('href')).toBe(`/api/m/${TOKEN}/attachments/doc-1`);
    expect(download.hasAttribute('download')).toBe(true);
    expect(download.textContent!.trim()).toBe('Télécharger');
  });

  it('opens the message at once when the session already covers the address', async () => {
    await render({ ...LANDING, signedIn: true });
    http.expectOne(`/api/m/${TOKEN}/message`).flush(MESSAGE);
    await settle();
    expect(byTestId('reader-message-subject')!.textContent).toContain('Votre dossier 4471');
    expect(byTestId('reader-request-code')).toBeNull();
  });

  it('says clearly when the message expired or was withdrawn', async () => {
    await render('gone');
    expect(byTestId('reader-gone')!.textContent).toContain('a expiré ou a été retiré');
  });
});
