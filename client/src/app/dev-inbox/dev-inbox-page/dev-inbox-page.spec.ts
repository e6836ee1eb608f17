import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CommonErrorCode, type DevInboxItem } from '@guichet/contracts';
import { Translator, provideI18n } from '../../core/i18n';
import { DEV_INBOX_POLL_MS, DevInboxPage } from './dev-inbox-page';

const older: DevInboxItem = {
  id: '0b6a1c61-1b8e-4a35-9f0e-1f3f3c0e0001',
  channel: 'mail',
  to: 'claire.martin@example.test',
  subject: 'Définissez votre mot de passe – Cabinet Demo',
  html: '<!DOCTYPE html><html><body><p style="margin:0">Bonjour Madame Bataillon,</p></body></html>',
  text: 'Cabinet Demo\n\nBonjour Madame Bataillon,\n\nhttps://portal.example/set-password',
  receivedAt: '2026-11-23T09:00:00.000Z',
};

const newer: DevInboxItem = {
  id: '0b6a1c61-1b8e-4a35-9f0e-1f3f3c0e0002',
  channel: 'sms',
  to: '+33612345678',
  subject: null,
  html: null,
  text: 'Cabinet Demo : votre code est 482913. Il expire dans 10 minutes.',
  receivedAt: '2026-11-23T09:05:00.000Z',
};

describe(DevInboxPage.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  const answerInbox = (items: DevInboxItem[]) => {
    http.expectOne({ method: 'GET', url: '/api/dev/inbox' }).flush(items);
  };

  const render = async (items: DevInboxItem[]) => {
    const fixture = TestBed.createComponent(DevInboxPage);
    answerInbox(items);
    await fixture.whenStable();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  };

  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  const listed = (page: HTMLElement) =>
    [...page.querySelectorAll('[data-testid="dev-inbox-item"]')].map((item) => ({
      subject: text(item.querySelector('[data-testid="dev-inbox-item-subject"]')),
      to: text(item.querySelector('.dev-inbox-item-to')),
      time: text(item.querySelector('time')),
    }));

  const open = async (fixture: ComponentFixture<DevInboxPage>, index: number) => {
    const page = fixture.nativeElement as HTMLElement;
    page.querySelectorAll<HTMLButtonElement>('[data-testid="dev-inbox-item"]')[index].click();
    await fixture.whenStable();
  };

  it('lists every captured message newest first, an SMS under "SMS", with its time in French', async () => {
    const { page } = await render([older, newer]);

    expect(text(page.querySelector('h1'))).toBe('Boîte de réception de développement');
    expect(listed(page)).toEqual([
      { subject: 'SMS', to: '+33612345678', time: expect.stringMatching(/nov\. 2026/) },
      {
        subject: 'Définissez votre mot de passe – Cabinet Demo',
        to: 'claire.martin@example.test',
        time: expect.stringMatching(/nov\. 2026/),
      },
    ]);
    expect(page.querySelector('ul')?.getAttribute('aria-label')).toBe(
      'Messages reçus, du plus récent au plus ancien',
    );
  });

  it('says when nothing has been received yet', async () => {
    const { page } = await render([]);

    expect(text(page.querySelector('[data-testid="dev-inbox-empty"]'))).toBe(
      'Aucun message reçu pour le moment.',
    );
  });

  it('shows the body of a selected SMS', async () => {
    const { fixture, page } = await render([newer, older]);

    await open(fixture, 0);

    expect(text(page.querySelector('[data-testid="dev-inbox-sms-body"]'))).toBe(newer.text);
    expect(page.querySelector('iframe')).toBeNull();
    expect(
      page.querySelectorAll('[data-testid="dev-inbox-item"]')[0].getAttribute('aria-current'),
    ).toBe('true');
  });

  it("shows a selected mail's subject and its HTML in a sandbox without scripts, and its text on request", async () => {
    const { fixture, page } = await render([newer, older]);

    await open(fixture, 1);

    expect(text(page.querySelector('[data-testid="dev-inbox-message-subject"]'))).toBe(
      'Définissez votre mot de passe – Cabinet Demo',
    );
    const frame = page.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.title).toBe(
      "Aperçu de l'e-mail « Définissez votre mot de passe – Cabinet Demo »",
    );
    // The inline styles survive: the preview shows the mail as the recipient gets it.
    expect(frame?.srcdoc).toBe(older.html);

    page.querySelector<HTMLButtonElement>('[data-testid="dev-inbox-part-text"] button')?.click();
    await fixture.whenStable();

    expect(page.querySelector('iframe')).toBeNull();
    expect(page.querySelector('[data-testid="dev-inbox-mail-text"]')?.textContent).toBe(older.text);
  });

  it('shows new messages on refresh and keeps the open preview as it is', async () => {
    const { fixture, page } = await render([older]);
    await open(fixture, 0);
    const frame = page.querySelector('iframe');

    page.querySelector<HTMLButtonElement>('[data-testid="dev-inbox-refresh"]')?.click();
    answerInbox([{ ...newer }, { ...older }]);
    await fixture.whenStable();

    expect(listed(page).map((item) => item.subject)).toEqual([
      'SMS',
      'Définissez votre mot de passe – Cabinet Demo',
    ]);
    expect(page.querySelector('iframe')).toBe(frame);
  });

  it('asks again every 3 seconds while open, and stops once the page is left', () => {
    jest.useFakeTimers();
    const fixture = TestBed.createComponent(DevInboxPage);
    answerInbox([]);

    jest.advanceTimersByTime(DEV_INBOX_POLL_MS - 1);
    http.expectNone('/api/dev/inbox');
    jest.advanceTimersByTime(1);
    answerInbox([newer]);
    jest.advanceTimersByTime(DEV_INBOX_POLL_MS);
    answerInbox([newer]);

    fixture.destroy();
    jest.advanceTimersByTime(5 * DEV_INBOX_POLL_MS);
    http.expectNone('/api/dev/inbox');
  });

  it('says, in words, why the messages could not be loaded', async () => {
    const fixture = TestBed.createComponent(DevInboxPage);
    http
      .expectOne('/api/dev/inbox')
      .flush(
        { code: CommonErrorCode.Internal, message: 'Internal error' },
        { status: 500, statusText: 'Internal Server Error' },
      );
    await fixture.whenStable();

    const alert = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="dev-inbox-load-error"]',
    );
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toBe(
      'Impossible de charger les messages. Une erreur est survenue sur le serveur. Réessayez dans un instant.',
    );
  });

  it('follows a switch to English, dates included', async () => {
    const { fixture, page } = await render([older]);

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();

    expect(text(page.querySelector('h1'))).toBe('Development inbox');
    expect(listed(page)[0].time).toMatch(/Nov \d+, 2026/);
  });
});
