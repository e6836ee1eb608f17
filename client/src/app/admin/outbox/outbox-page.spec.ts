import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CommonErrorCode,
  OutboxErrorCode,
  type OutboxMessageSummary,
  OutboxStatus,
} from '@guichet/contracts';
import { Translator, provideI18n } from '../../core/i18n';
import { OutboxPage } from './outbox-page';

const failedMail: OutboxMessageSummary = {
  id: '5b0e2f4c-8a61-4c1e-9d35-2d8c1f6a0001',
  channel: 'mail',
  template: 'password-set-link',
  recipient: 's.b******@idealsoft.fr',
  status: OutboxStatus.Failed,
  attempts: 8,
  nextAttemptAt: '2026-11-23T10:05:00.000Z',
  lastError: 'SMTP 550: mailbox unavailable',
  createdAt: '2026-11-23T09:00:00.000Z',
  workspace: 'cabinet-demo',
};

const pendingSms: OutboxMessageSummary = {
  id: '5b0e2f4c-8a61-4c1e-9d35-2d8c1f6a0002',
  channel: 'sms',
  template: 'one-time-code',
  recipient: '+33 6 •• •• •• 78',
  status: OutboxStatus.Pending,
  attempts: 1,
  nextAttemptAt: '2026-11-23T10:01:00.000Z',
  lastError: 'Provider timeout',
  createdAt: '2026-11-23T09:59:00.000Z',
  workspace: null,
};

const sendingMail: OutboxMessageSummary = {
  ...failedMail,
  id: '5b0e2f4c-8a61-4c1e-9d35-2d8c1f6a0003',
  template: 'invitation',
  recipient: 'c.m*****@example.test',
  status: OutboxStatus.Sending,
  attempts: 0,
  lastError: null,
};

describe(OutboxPage.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
  });

  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  const render = async (
    answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
  ) => {
    const fixture = TestBed.createComponent(OutboxPage);
    answer(http.expectOne({ method: 'GET', url: '/api/admin/outbox' }));
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const column = (testId: string) =>
      [...page.querySelectorAll(`[data-testid="${testId}"]`)].map((cell) => text(cell));
    const retryButtons = () => [
      ...page.querySelectorAll<HTMLButtonElement>('[data-testid="outbox-retry"]'),
    ];
    return { fixture, page, column, retryButtons };
  };

  const withMessages = (messages: OutboxMessageSummary[]) =>
    render((request) => request.flush(messages));

  it('lists the waiting messages with masked recipients and translated wording', async () => {
    const { page, column } = await withMessages([failedMail, pendingSms, sendingMail]);

    expect(page.querySelector('table')?.getAttribute('aria-label')).toBe(
      'Messages en attente ou en échec',
    );
    expect(column('outbox-recipient')).toEqual([
      's.b******@idealsoft.fr',
      '+33 6 •• •• •• 78',
      'c.m*****@example.test',
    ]);
    expect(column('outbox-status')).toEqual(['En échec', 'En attente', "En cours d'envoi"]);
    expect(column('outbox-template')).toEqual([
      'Lien de définition du mot de passe',
      'Code à usage unique',
      'Invitation',
    ]);
    expect(column('outbox-channel')).toEqual(['E-mail', 'SMS', 'E-mail']);
    expect(column('outbox-attempts')).toEqual(['8', '1', '0']);
    expect(column('outbox-last-error')).toEqual([
      'SMTP 550: mailbox unavailable',
      'Provider timeout',
      'Aucune',
    ]);
    expect(column('outbox-workspace')).toEqual(['cabinet-demo', 'Produit', 'cabinet-demo']);
    expect(column('outbox-next-attempt')[0]).toMatch(/^23\/11\/2026 \d\d:\d\d$/);
  });

  it('offers a retry on failed and pending messages only, named after the message', async () => {
    const { retryButtons } = await withMessages([failedMail, pendingSms, sendingMail]);

    expect(retryButtons().map((button) => button.getAttribute('aria-label'))).toEqual([
      'Relancer « Lien de définition du mot de passe » pour s.b******@idealsoft.fr',
      'Relancer « Code à usage unique » pour +33 6 •• •• •• 78',
    ]);
  });

  it('retries a failed message, shows its new state and says so', async () => {
    const { fixture, page, column, retryButtons } = await withMessages([failedMail, pendingSms]);

    retryButtons()[0].focus();
    retryButtons()[0].click();
    const request = http.expectOne({
      method: 'POST',
      url: `/api/admin/outbox/${failedMail.id}/retry`,
    });
    await fixture.whenStable();
    // Still focusable while it works, so keyboard users do not lose their place.
    expect(retryButtons()[0].getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(retryButtons()[0]);
    request.flush({
      ...failedMail,
      status: OutboxStatus.Pending,
      nextAttemptAt: '2026-11-23T10:10:00.000Z',
    });
    await fixture.whenStable();

    expect(column('outbox-status')).toEqual(['En attente', 'En attente']);
    expect(document.activeElement).toBe(retryButtons()[0]);
    const outcome = page.querySelector('[data-testid="outbox-outcome"]');
    expect(outcome?.getAttribute('role')).toBe('status');
    expect(text(outcome)).toBe(
      "« Lien de définition du mot de passe » pour s.b******@idealsoft.fr est remis en file d'attente.",
    );
  });

  it('says why a retry was refused and keeps the row', async () => {
    const { fixture, page, column, retryButtons } = await withMessages([failedMail]);

    retryButtons()[0].click();
    http
      .expectOne(`/api/admin/outbox/${failedMail.id}/retry`)
      .flush(
        { code: OutboxErrorCode.NotRetryable, message: 'Not retryable' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(text(page.querySelector('[data-testid="outbox-outcome"]'))).toBe(
      "Ce message ne peut pas être relancé : il est en cours d'envoi ou déjà envoyé.",
    );
    expect(column('outbox-status')).toEqual(['En échec']);
    expect(retryButtons()[0].getAttribute('aria-disabled')).not.toBe('true');
  });

  it('drops a message the server no longer holds', async () => {
    const { fixture, page, column, retryButtons } = await withMessages([failedMail, pendingSms]);

    retryButtons()[0].click();
    http
      .expectOne(`/api/admin/outbox/${failedMail.id}/retry`)
      .flush(
        { code: OutboxErrorCode.MessageNotFound, message: 'No such message' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();

    expect(column('outbox-recipient')).toEqual(['+33 6 •• •• •• 78']);
    expect(text(page.querySelector('[data-testid="outbox-outcome"]'))).toBe(
      "Ce message n'est plus en attente : il a peut-être été envoyé entre-temps.",
    );
  });

  it('says when no message is waiting', async () => {
    const { page } = await withMessages([]);

    expect(text(page.querySelector('[data-testid="outbox-empty"]'))).toBe(
      'Aucun message en attente',
    );
    expect(page.querySelector('table')).toBeNull();
  });

  it('tells a visitor who is not a signed-in admin that the page is not for them', async () => {
    const { page } = await render((request) =>
      request.flush(
        { code: CommonErrorCode.Unauthenticated, message: 'Sign in as an admin' },
        { status: 401, statusText: 'Unauthorized' },
      ),
    );

    const problem = page.querySelector('[data-testid="outbox-unauthenticated"]');
    expect(text(problem)).toBe('Réservé aux administrateurs connectés');
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(page.querySelector('table')).toBeNull();
  });

  it('says, in words, why the messages could not be loaded', async () => {
    const { page } = await render((request) =>
      request.flush(
        { code: CommonErrorCode.Internal, message: 'Internal error' },
        { status: 500, statusText: 'Internal Server Error' },
      ),
    );

    expect(text(page.querySelector('[data-testid="outbox-load-error"]'))).toBe(
      'Impossible de charger les messages. Une erreur est survenue sur le serveur. Réessayez dans un instant.',
    );
  });

  it('loads again on refresh', async () => {
    const { fixture, page, column } = await withMessages([]);

    page.querySelector<HTMLButtonElement>('[data-testid="outbox-refresh"]')?.click();
    http.expectOne('/api/admin/outbox').flush([pendingSms]);
    await fixture.whenStable();

    expect(column('outbox-recipient')).toEqual(['+33 6 •• •• •• 78']);
  });

  it('follows a switch to English', async () => {
    const { fixture, page, column } = await withMessages([failedMail]);

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();

    expect(text(page.querySelector('h2'))).toBe('Pending or failed messages');
    expect(column('outbox-status')).toEqual(['Failed']);
    expect(column('outbox-template')).toEqual(['Password set link']);
  });
});
