import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n';
import { DevInboxAvailability } from '../../dev-inbox/dev-inbox-availability';

/** Page footer; in development mode it also leads to the dev inbox. */
@Component({
  selector: 'app-footer',
  imports: [RouterLink, TranslatePipe],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <footer class="app-footer" data-testid="app-footer">
      <p>{{ 'shell.footer.copyright' | translate: { year } }}</p>
      @if (devInbox.available()) {
        <p>
          <a routerLink="/dev/inbox" data-testid="footer-dev-inbox">{{
            'shell.footer.devInbox' | translate
          }}</a>
        </p>
      }
    </footer>
  `,
  styleUrl: './app-footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppFooter {
  protected readonly year = new Date().getFullYear();
  protected readonly devInbox = inject(DevInboxAvailability);

  constructor() {
    // One question per visit, shared with the /dev/inbox route guard.
    void this.devInbox.check();
  }
}
