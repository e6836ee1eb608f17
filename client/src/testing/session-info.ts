import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ApiRoutes,
  Civility,
  CommonErrorCode,
  Role,
  type SessionInfo,
  type SignInOptions,
} from '@guichet/contracts';
import { SignInOptionsStore } from '../app/auth/login-page/sign-in-options-store';
import { apiUrl } from '../app/core/http/api-url';
import { SessionStore } from '../app/core/session/session-store';

type SessionChanges = Partial<Omit<SessionInfo, 'account'>> & {
  account?: Partial<SessionInfo['account']>;
};

const IDLE_SECONDS = 20 * 60;

/** A session as the server describes it: a client of the demo firm, at home, 20 minutes idle. */
export function sessionInfo(changes: SessionChanges = {}): SessionInfo {
  const { account, ...rest } = changes;
  return {
    account: {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      role: Role.Client,
      civility: Civility.Mrs,
      firstName: 'Sophie',
      lastName: 'Bataillon',
      accessCode: '70016968',
      ...account,
    },
    workspace: { slug: 'demo', name: 'Cabinet Demo' },
    nextStep: 'home',
    idleExpiresAt: new Date(Date.now() + IDLE_SECONDS * 1_000).toISOString(),
    absoluteExpiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    idleTimeoutSeconds: IDLE_SECONDS,
    privateComputer: false,
    ...rest,
  };
}

/** The demo admin (no civility: the greeting uses the full name). */
export const adminSession = (changes: SessionChanges = {}): SessionInfo =>
  sessionInfo({
    ...changes,
    account: {
      role: Role.Admin,
      civility: null,
      firstName: 'Alex',
      lastName: 'Administrateur',
      accessCode: 'ADMIN001',
      ...changes.account,
    },
  });

/** The demo account manager. */
export const staffSession = (changes: SessionChanges = {}): SessionInfo =>
  sessionInfo({
    ...changes,
    account: {
      role: Role.Staff,
      civility: null,
      firstName: 'Camille',
      lastName: 'Gestionnaire',
      accessCode: 'GEST0001',
      ...changes.account,
    },
  });

/** Answers the session check of the app start: this session, or none (401). */
export function answerSessionCheck(session: SessionInfo | null): void {
  void TestBed.inject(SessionStore).load();
  const request = TestBed.inject(HttpTestingController).expectOne(apiUrl(ApiRoutes.authSession));
  if (session) {
    request.flush(session);
  } else {
    request.flush(
      { code: CommonErrorCode.Unauthenticated, message: 'Sign in first' },
      { status: 401, statusText: 'Unauthorized' },
    );
  }
}

/** Answers the sign-in page's question: one workspace (`singleWorkspace`) or several. */
export function answerSignInOptions(options: SignInOptions = { singleWorkspace: null }): void {
  void TestBed.inject(SignInOptionsStore).load();
  TestBed.inject(HttpTestingController)
    .expectOne(apiUrl(ApiRoutes.authSignInOptions))
    .flush(options);
}
