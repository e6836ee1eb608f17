import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '../../core/i18n';

/** A message for the user, kept untranslated so that a language switch follows. */
export interface Message {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

/**
 * Where a form says what went wrong: an alert region that is always in the page (so that screen
 * readers already watch it when the text arrives) and can take the focus.
 */
@Component({
  selector: 'app-problem-box',
  imports: [TranslatePipe],
  template: `
    <div #box class="problem" role="alert" tabindex="-1" [attr.data-testid]="testId()">
      @if (message(); as message) {
        <p>{{ message.key | translate: message.params }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .problem:focus {
      outline: none;
    }

    .problem:focus-visible {
      outline: 3px solid var(--mat-sys-error);
      outline-offset: 2px;
    }

    p {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      border-radius: 4px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemBox {
  private readonly injector = inject(Injector);
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  /** The problem to show; null shows nothing. */
  readonly message = input<Message | null>(null);
  readonly testId = input('problem');

  /** Moves the focus to the message once it is on screen, so that it is read out first. */
  focus(): void {
    afterNextRender({ write: () => this.box().nativeElement.focus() }, { injector: this.injector });
  }
}
