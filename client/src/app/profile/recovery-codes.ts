import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { TranslatePipe, type TranslationKey, Translator } from '../core/i18n';
import { SessionStore } from '../core/session/session-store';

/**
 * Recovery codes, shown this once: copy them, download them as a text file, and say they are
 * saved before going on. Nothing keeps them after this component is gone.
 */
@Component({
  selector: 'app-recovery-codes',
  imports: [MatButton, MatCheckbox, TranslatePipe],
  template: `
    <section class="recovery" aria-labelledby="recovery-heading" data-testid="recovery-codes">
      <h4 id="recovery-heading" tabindex="-1">{{ 'profile.recovery.heading' | translate }}</h4>
      <p>{{ 'profile.recovery.intro' | translate }}</p>
      <ol
        class="recovery-list"
        [attr.aria-label]="'profile.recovery.listLabel' | translate"
        data-testid="recovery-code-list"
      >
        @for (code of codes(); track code) {
          <li>
            <code>{{ code }}</code>
          </li>
        }
      </ol>
      <div class="recovery-actions">
        <button mat-stroked-button type="button" (click)="copy()" data-testid="recovery-copy">
          {{ 'profile.recovery.copy' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          (click)="download()"
          data-testid="recovery-download"
        >
          {{ 'profile.recovery.download' | translate }}
        </button>
      </div>
      <p class="recovery-status" role="status" data-testid="recovery-status">
        @if (copyOutcome(); as outcome) {
          {{ outcome | translate }}
        }
      </p>
      <mat-checkbox
        [checked]="saved()"
        (change)="saved.set($event.checked)"
        data-testid="recovery-acknowledge"
      >
        {{ 'profile.recovery.acknowledge' | translate }}
      </mat-checkbox>
      <div>
        <button
          mat-flat-button
          type="button"
          [disabled]="!saved()"
          (click)="finished.emit()"
          data-testid="recovery-done"
        >
          {{ 'profile.recovery.done' | translate }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .recovery-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.25rem 1.5rem;
      margin: 0 0 1rem;
      padding: 1rem 1rem 1rem 2.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      font: var(--mat-sys-title-medium);

      code {
        font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
        letter-spacing: 0.05em;
      }
    }

    .recovery-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .recovery-status {
      min-height: 1.5em;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodes {
  private readonly document = inject(DOCUMENT);
  private readonly translator = inject(Translator);
  private readonly session = inject(SessionStore).session;

  readonly codes = input.required<readonly string[]>();
  /** The user said the codes are saved. */
  readonly finished = output();

  protected readonly saved = signal(false);
  protected readonly copyOutcome = signal<TranslationKey | null>(null);

  /** The text copied and downloaded: which account they open, then one code per line. */
  private readonly text = computed(() => {
    const session = this.session();
    const title = this.translator.t('profile.recovery.fileTitle', {
      firm: session?.workspace.name ?? '',
      identifier: session?.account.accessCode ?? '',
    });
    const note = this.translator.t('profile.recovery.fileNote');
    return [title, note, '', ...this.codes(), ''].join('\n');
  });

  protected async copy(): Promise<void> {
    try {
      // Missing outside a secure context: the user copies by hand then.
      const clipboard = this.document.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(this.text());
      this.copyOutcome.set('profile.recovery.copied');
    } catch {
      this.copyOutcome.set('profile.recovery.copyFailed');
    }
  }

  protected download(): void {
    const blob = new Blob([this.text()], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = this.translator.t('profile.recovery.fileName');
    link.click();
    // Later: the browser reads the blob after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
