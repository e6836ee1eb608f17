import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { SessionNavigation } from '../../core/session/session-navigation';
import { SessionStore } from '../../core/session/session-store';

/** Route data of an upcoming page: its heading and one sentence about it, as translation keys. */
export interface UpcomingPageData {
  readonly heading: TranslationKey;
  readonly intro: TranslationKey;
}

/**
 * Stands in for a step that the identity issues build (legacy migration, password change,
 * forgotten password, first sign-in, lost identifier): says so, and offers the way out that fits,
 * signing out for a signed-in user, back to sign-in otherwise.
 */
@Component({
  selector: 'app-upcoming-page',
  imports: [MatAnchor, MatButton, RouterLink, TranslatePipe],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <section class="upcoming" aria-labelledby="upcoming-heading" data-testid="upcoming-page">
      <h1 id="upcoming-heading">{{ data.heading | translate }}</h1>
      <p>{{ data.intro | translate }}</p>
      <p class="upcoming-soon" data-testid="upcoming-message">
        {{ 'upcoming.message' | translate }}
      </p>
      @if (signedIn()) {
        <button
          mat-stroked-button
          type="button"
          (click)="signOut()"
          data-testid="upcoming-sign-out"
        >
          {{ 'upcoming.signOut' | translate }}
        </button>
      } @else {
        <a mat-stroked-button routerLink="/login" data-testid="upcoming-back">
          {{ 'upcoming.backToLogin' | translate }}
        </a>
      }
    </section>
  `,
  styleUrl: './upcoming-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpcomingPage {
  private readonly navigation = inject(SessionNavigation);
  private readonly translator = inject(Translator);
  protected readonly signedIn = inject(SessionStore).isSignedIn;
  protected readonly data = this.readData();

  protected signOut(): void {
    void this.navigation.signOut();
  }

  private readData(): UpcomingPageData {
    const { heading, intro } = inject(ActivatedRoute).snapshot.data;
    const known = (key: unknown): key is TranslationKey =>
      typeof key === 'string' && this.translator.has(key);
    return {
      heading: known(heading) ? heading : 'notFound.heading',
      intro: known(intro) ? intro : 'upcoming.message',
    };
  }
}
