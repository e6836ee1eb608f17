import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  type ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';

/**
 * A secret the server answers once and keeps only hashed (PWD-3 temporary password, PWD-6 API
 * key): shown here with a copy button and the warning that it will not be shown again. It is
 * copied only when the admin asks (clipboard managers keep a history), lives in this component
 * only, and is gone when the admin closes it. The heading takes the focus so that a screen reader
 * reads it at once.
 */
@Component({
  selector: 'app-one-time-secret',
  imports: [MatButton, TranslatePipe],
  template: `
    <section class="secret" role="region" aria-labelledby="one-time-secret-heading">
      <h3 #title id="one-time-secret-heading" tabindex="-1" data-testid="one-time-secret-heading">
        {{ heading() | translate: headingParams() }}
      </h3>
      <p class="secret-value">
        <code data-testid="one-time-secret-value">{{ secret() }}</code>
      </p>
      @if (note(); as note) {
        <p data-testid="one-time-secret-note">{{ note.key | translate: note.params }}</p>
      }
      <p class="secret-warning" data-testid="one-time-secret-warning">
        {{ warning() | translate }}
      </p>
      <div class="secret-actions">
        <button mat-flat-button type="button" (click)="copy()" data-testid="one-time-secret-copy">
          {{ 'admin.secret.copy' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          (click)="closed.emit()"
          data-testid="one-time-secret-close"
        >
          {{ 'admin.secret.close' | translate }}
        </button>
      </div>
      <p class="secret-status" role="status" data-testid="one-time-secret-status">
        @if (copyOutcome(); as outcome) {
          {{ outcome | translate }}
        }
      </p>
    </section>
  `,
  styles: `
    .secret {
      margin: 0 0 1.5rem;
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }

    h3 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }

    .secret-value code {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
      font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
      font-size: 1.25rem;
      letter-spacing: 0.08em;
      word-break: break-all;
    }

    .secret-warning {
      color: var(--mat-sys-error);
      font-weight: 500;
    }

    .secret-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .secret-status {
      min-height: 1.5em;
      margin: 0.5rem 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OneTimeSecret {
  private readonly document = inject(DOCUMENT);
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('title');

  readonly secret = input.required<string>();
  readonly heading = input.required<TranslationKey>();
  readonly headingParams = input<TranslationParams>({});
  /** A line under the secret ("valid until…"). */
  readonly note = input<Message | null>(null);
  readonly warning = input<TranslationKey>('admin.secret.warning');
  readonly copied = input<TranslationKey>('admin.secret.copied');
  /** The admin is done with it: the parent drops the secret. */
  readonly closed = output();

  protected readonly copyOutcome = signal<TranslationKey | null>(null);

  constructor() {
    afterNextRender({ write: () => this.headingElement().nativeElement.focus() });
  }

  protected async copy(): Promise<void> {
    try {
      // Missing outside a secure context: the admin selects and copies by hand then.
      const clipboard = this.document.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(this.secret());
      this.copyOutcome.set(this.copied());
    } catch {
      this.copyOutcome.set('admin.secret.copyFailed');
    }
  }
}
