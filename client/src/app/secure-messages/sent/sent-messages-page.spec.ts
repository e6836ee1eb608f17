import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SentSecureMessage, SentSecureMessagePage } from '@guichet/contracts';
import { answerSessionCheck, staffSession } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { SentMessagesPage } from './sent-messages-page';

const message = (n: number, changes: Partial<SentSecureMessage> = {}): SentSecureMessage => ({
  id: `m-${n}`,
  subject: `Message ${n}`,
  body: 'Texte',
  state: 'sent',
  createdAt: '2026-11-01T09:00:00.000Z',
  sentAt: '2026-11-01T09:00:00.000Z',
  expiresAt: '2026-12-01T09:00:00.000Z',
  attachments: [],
  recipients: [
    {
      id: `r-${n}`,
      email: `dest${n}@example.org`,
      notifiedAt: '2026-11-01T09:00:00.000Z',
      codeRequestedAt: null,
      openedAt: null,
      downloadedAt: null,
    },
  ],
  ...changes,
});

describe(SentMessagesPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SentMessagesPage>;

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
    answerSessionCheck(staffSession());
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const subjects = () =>
    [...page().querySelectorAll('[data-testid="messages-item"] h2')].map((h) =>
      h.textContent.trim(),
    );
  const moreButton = () =>
    page().querySelector<HTMLButtonElement>('[data-testid="messages-load-more"]');
  const answer = (url: string, body: SentSecureMessagePage | SentSecureMessage) =>
    http.expectOne((r) => r.urlWithParams === url).flush(body);

  it('shows the first page, then the next ones on request, until the last', async () => {
    fixture = TestBed.createComponent(SentMessagesPage);
    fixture.detectChanges();
    answer('/api/secure-messages/sent', { items: [message(3), message(2)], nextCursor: 'c2' });
    await fixture.whenStable();
    expect(subjects()).toEqual(['Message 3', 'Message 2']);

    moreButton()!.click();
    await fixture.whenStable();
    answer('/api/secure-messages/sent?cursor=c2', { items: [message(1)], nextCursor: null });
    await fixture.whenStable();

    expect(subjects()).toEqual(['Message 3', 'Message 2', 'Message 1']);
    expect(moreButton()).toBeNull();
  });

  it('after a withdrawal, updates that message where it is, keeping the pages shown', async () => {
    fixture = TestBed.createComponent(SentMessagesPage);
    fixture.detectChanges();
    answer('/api/secure-messages/sent', { items: [message(2), message(1)], nextCursor: 'c1' });
    await fixture.whenStable();

    const withdraw = page().querySelectorAll<HTMLButtonElement>(
      '[data-testid="messages-withdraw"]',
    );
    withdraw[1]!.click();
    http.expectOne('/api/secure-messages/m-1/withdraw').flush(null);
    await fixture.whenStable();
    answer('/api/secure-messages/m-1', message(1, { state: 'withdrawn' }));
    await fixture.whenStable();

    expect(subjects()).toEqual(['Message 2', 'Message 1']);
    expect(page().querySelectorAll('[data-testid="messages-withdraw"]')).toHaveLength(1);
    expect(page().textContent).toContain('Le message a été retiré.');
    expect(moreButton()).not.toBeNull();
  });
});
