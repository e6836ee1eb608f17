import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { SessionStore } from '../../core/session/session-store';

/**
 * The `warn` mode of a workspace's staged roll-out (PWD-2): a user whose password is below the
 * policy, or past its maximum age, signs in as usual and this banner says so, with a link to
 * change it. "Plus tard" hides it for this session only (kept in memory: it comes back at the
 * next sign-in, as the server says it again); a changed password ends it, as the new session has
 * no warning.
 */
@Component({
  selector: 'app-password-warning',
  imports: [MatAnchor, MatButton, RouterLink, TranslatePipe, LocalizedDatePipe],
  template: `
    @if (warning(); as warning) {
      <aside
        class="password-warning"
        [attr.aria-label]="'passwordWarning.label' | translate"
        data-testid="password-warning"
      >
        <div role="status">
          @if (warning.reasons.includes('weak')) {
            <p>{{ 'passwordWarning.weak' | translate }}</p>
          }
          @if (warning.reasons.includes('expired')) {
            <p>
              @if (warning.expiresAt) {
                {{
                  expiredKey(warning.expiresAt)
                    | translate: { date: (warning.expiresAt | localizedDate: 'longDate') }
                }}
              } @else {
                {{ 'passwordWarning.expired' | translate }}
              }
            </p>
          }
        </div>
        <div class="password-warning-actions">
          <a mat-flat-button routerLink="/change-password" data-testid="password-warning-change">{{
            'passwordWarning.change' | translate
          }}</a>
          <button
            mat-button
            type="button"
            (click)="dismiss()"
            data-testid="password-warning-dismiss"
          >
            {{ 'passwordWarning.later' | translate }}
          </button>
        </div>
      </aside>
    }
  `,
  styles: `
    :host {
      display: block;
      width: 100%;
    }

    .password-warning {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      width: 100%;
      max-width: 64rem;
      margin: 0 auto 1.5rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-tertiary);
      border-radius: 4px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      box-sizing: border-box;

      p {
        margin: 0;
      }
    }

    .password-warning-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordWarning {
  private readonly session = inject(SessionStore).session;
  /** The sessions (by absolute expiry and account) whose warning the user put off. */
  private readonly dismissed = signal<ReadonlySet<string>>(new Set());
  private readonly sessionKey = computed(() => {
    const session = this.session();
    return session ? `${session.account.id} ${session.absoluteExpiresAt}` : null;
  });

  protected readonly warning = computed(() => {
    const session = this.session();
    const key = this.sessionKey();
    if (!session || key === null || session.nextStep !== 'home') return null;
    if (!session.passwordWarning || this.dismissed().has(key)) return null;
    return session.passwordWarning;
  });

  /** "expired on" or "expires on": the server warns a little before the date too. */
  protected expiredKey(expiresAt: string): TranslationKey {
    return Date.parse(expiresAt) <= Date.now()
      ? 'passwordWarning.expiredOn'
      : 'passwordWarning.expiresOn';
  }

  protected dismiss(): void {
    const key = this.sessionKey();
    if (key !== null) this.dismissed.update((keys) => new Set(keys).add(key));
  }
}
