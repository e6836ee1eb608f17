import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Route, UrlSegment } from '@angular/router';
import { CommonErrorCode } from '@guichet/contracts';
import { DevInboxAvailability } from './dev-inbox-availability';
import { devInboxAvailableGuard } from './dev-inbox-available.guard';

describe('devInboxAvailableGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
  });

  const canMatch = () =>
    TestBed.runInInjectionContext(() => devInboxAvailableGuard({} as Route, [] as UrlSegment[]));

  const answerNotFound = () => {
    http
      .expectOne({ method: 'GET', url: '/api/dev/inbox' })
      .flush(
        { code: CommonErrorCode.NotFound, message: 'Cannot GET /api/dev/inbox' },
        { status: 404, statusText: 'Not Found' },
      );
  };

  it('does not match when the server has no dev inbox (production answers 404)', async () => {
    const verdict = canMatch();
    answerNotFound();

    await expect(verdict).resolves.toBe(false);
    expect(TestBed.inject(DevInboxAvailability).available()).toBe(false);
  });

  it('matches when the server answers the inbox (development mode)', async () => {
    const verdict = canMatch();
    http.expectOne('/api/dev/inbox').flush([]);

    await expect(verdict).resolves.toBe(true);
    expect(TestBed.inject(DevInboxAvailability).available()).toBe(true);
  });

  it('asks the server only once per visit', async () => {
    const first = canMatch();
    const second = canMatch();
    answerNotFound();
    await Promise.all([first, second]);

    await expect(canMatch()).resolves.toBe(false);
    http.expectNone('/api/dev/inbox');
  });

  it('asks again after a failure that does not tell the mode (server error)', async () => {
    const first = canMatch();
    http
      .expectOne('/api/dev/inbox')
      .flush(
        { code: CommonErrorCode.Internal, message: 'Internal error' },
        { status: 500, statusText: 'Internal Server Error' },
      );
    await expect(first).resolves.toBe(false);
    expect(TestBed.inject(DevInboxAvailability).available()).toBeUndefined();

    const second = canMatch();
    http.expectOne('/api/dev/inbox').flush([]);
    await expect(second).resolves.toBe(true);
  });
});
