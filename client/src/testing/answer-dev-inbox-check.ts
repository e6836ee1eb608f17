import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, CommonErrorCode } from '@guichet/contracts';
import { apiUrl } from '../app/core/http/api-url';
import { DevInboxAvailability } from '../app/dev-inbox/dev-inbox-availability';

/**
 * Answers the one question the shell asks the server on start (is there a dev inbox?) as a server
 * in development mode (`available`) or in production (404) would. Later checks reuse the answer.
 */
export function answerDevInboxCheck(available: boolean): void {
  void TestBed.inject(DevInboxAvailability).check();
  const request = TestBed.inject(HttpTestingController).expectOne(apiUrl(ApiRoutes.devInbox));
  if (available) {
    request.flush([]);
  } else {
    request.flush(
      { code: CommonErrorCode.NotFound, message: 'Cannot GET /api/dev/inbox' },
      { status: 404, statusText: 'Not Found' },
    );
  }
}
