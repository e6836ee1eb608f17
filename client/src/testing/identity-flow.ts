import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IdentityErrorCode, type IdentityFlowState } from '@guichet/contracts';

/** A first-connection flow of the demo firm as the server describes it, at `step`. */
export function flowState(changes: Partial<IdentityFlowState> = {}): IdentityFlowState {
  return {
    kind: 'first-connection',
    step: 'contact',
    workspace: { slug: 'demo', name: 'Cabinet Demo' },
    email: null,
    maskedMobile: null,
    attemptsLeft: null,
    resendInSeconds: null,
    expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    ...changes,
  };
}

/** The flow at the SMS code step, a code just sent to the number on file. */
export const atVerifyCode = (changes: Partial<IdentityFlowState> = {}) =>
  flowState({
    step: 'verify-code',
    maskedMobile: '+33 6 •• •• •• 10',
    attemptsLeft: 5,
    resendInSeconds: 60,
    ...changes,
  });

type Match = Parameters<HttpTestingController['match']>[0];

/**
 * Waits for the app to send the request `match` describes (lazy routes and guards send theirs a
 * few ticks after a navigation starts), then answers the test request.
 */
export async function nextRequest(match: Match): Promise<TestRequest> {
  const http = TestBed.inject(HttpTestingController);
  for (let tick = 0; tick < 50; tick++) {
    const [request] = http.match(match);
    if (request) return request;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error(`No request matching ${JSON.stringify(match)}`);
}

/** Answers `GET /api/identity/flow`: this flow, or none (404). */
export async function answerFlow(state: IdentityFlowState | null): Promise<void> {
  const request = await nextRequest({ method: 'GET', url: '/api/identity/flow' });
  if (state) {
    request.flush(state);
  } else {
    request.flush(
      { code: IdentityErrorCode.FlowNotFound, message: 'No flow' },
      { status: 404, statusText: 'Not Found' },
    );
  }
}

/** An error answer as the API's exception filter writes it. */
export function apiError(
  request: TestRequest,
  status: number,
  code: string,
  extra: { fields?: Record<string, string[]>; headers?: Record<string, string> } = {},
): void {
  request.flush(
    { code, message: 'refused', fields: extra.fields },
    { status, statusText: 'Refused', headers: extra.headers },
  );
}
