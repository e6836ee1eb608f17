import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { SessionInfo, SignInOptions } from '@guichet/contracts';
import { App } from '../app/app';
import { routes } from '../app/app.routes';
import { provideI18n } from '../app/core/i18n';
import { sessionInterceptor } from '../app/core/session/session.interceptor';
import { answerDevInboxCheck } from './answer-dev-inbox-check';
import { answerSessionCheck, answerSignInOptions } from './session-info';

/** The server the app talks to in a test. */
export interface TestServer {
  /** Development mode (a dev inbox) rather than production. */
  devInbox?: boolean;
  /** The session the browser has; none by default. */
  session?: SessionInfo | null;
  /** The deployment's sign-in options; several workspaces by default. */
  signInOptions?: SignInOptions;
}

/**
 * Configures the whole application against `HttpTestingController` and answers the questions it
 * asks first (dev inbox, current session, sign-in options) as `server` would.
 */
export function startApp({
  devInbox = false,
  session = null,
  signInOptions = { singleWorkspace: null },
}: TestServer = {}): void {
  TestBed.configureTestingModule({
    providers: [
      provideRouter(routes),
      provideI18n(),
      provideHttpClient(withInterceptors([sessionInterceptor])),
      provideHttpClientTesting(),
    ],
  });
  answerDevInboxCheck(devInbox);
  answerSessionCheck(session);
  answerSignInOptions(signInOptions);
}

/**
 * Renders the whole shell with the real routes at `url`, as a visitor would land on it, against a
 * server in production mode (no dev inbox, nobody signed in) unless `server` says otherwise.
 * Pages that keep asking the server (the dev inbox itself) never settle here: render those by hand.
 */
export async function renderApp(
  url: string,
  server: TestServer = {},
): Promise<ComponentFixture<App>> {
  startApp(server);
  const fixture = TestBed.createComponent(App);
  await TestBed.inject(Router).navigateByUrl(url);
  await fixture.whenStable();
  return fixture;
}

/** Visible text of the first element matching `selector`, whitespace collapsed. */
export function textOf(fixture: ComponentFixture<unknown>, selector: string): string {
  const element = (fixture.nativeElement as HTMLElement).querySelector(selector);
  return element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}
