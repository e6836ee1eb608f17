import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from '../app/app';
import { routes } from '../app/app.routes';
import { provideI18n } from '../app/core/i18n';
import { answerDevInboxCheck } from './answer-dev-inbox-check';

/**
 * Renders the whole shell with the real routes at `url`, as a visitor would land on it, against a
 * server in production mode (no dev inbox) unless `devInbox` says otherwise. Pages that keep
 * asking the server (the dev inbox itself) never settle here: render those by hand.
 */
export async function renderApp(
  url: string,
  { devInbox = false }: { devInbox?: boolean } = {},
): Promise<ComponentFixture<App>> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter(routes),
      provideI18n(),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  answerDevInboxCheck(devInbox);
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
