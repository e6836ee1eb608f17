import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  viewChildren,
} from '@angular/core';
import { type Language } from '@guichet/contracts';
import { LANGUAGE_OPTIONS, TranslatePipe, Translator } from '../../core/i18n';
import { AccountLanguage } from '../../core/session/account-language';

/** Keys that move the choice, as in any radio group: back or forward, wrapping around. */
const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

/**
 * FR/EN segmented switch, a radio group: each option is announced by its own name ("Français",
 * "English"), the chosen one is the group's tab stop and the arrow keys change it. Plain buttons
 * rather than Material's button toggle, which brings `@angular/forms` into the first download of
 * every page (~70 kB) for one header control.
 */
@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@for`.
  template: `
    <div
      class="language-switch"
      role="radiogroup"
      [attr.aria-label]="'shell.languageSwitch.label' | translate"
      data-testid="language-switch"
    >
      @for (option of options; track option.language) {
        <button
          #choice
          type="button"
          role="radio"
          class="language-option"
          [attr.aria-checked]="option.language === translator.language()"
          [attr.tabindex]="option.language === translator.language() ? 0 : -1"
          [attr.aria-label]="option.name"
          [attr.lang]="option.language"
          [attr.data-testid]="'language-' + option.language"
          (click)="select(option.language)"
          (keydown)="step($event, $index)"
        >
          {{ option.short }}
        </button>
      }
    </div>
  `,
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly translator = inject(Translator);
  private readonly accountLanguage = inject(AccountLanguage);
  protected readonly options = Object.values(LANGUAGE_OPTIONS);
  private readonly choices = viewChildren<ElementRef<HTMLButtonElement>>('choice');

  protected select(language: Language): void {
    if (language === this.translator.language()) return;
    void this.translator.use(language);
    this.accountLanguage.remember(language);
  }

  /** Arrow keys choose the language before or after the focused one and move the focus to it. */
  protected step(event: KeyboardEvent, focused: number): void {
    const by = STEPS[event.key];
    if (by === undefined) return;
    event.preventDefault();
    const next = (focused + by + this.options.length) % this.options.length;
    this.select(this.options[next]!.language);
    this.choices()[next]?.nativeElement.focus();
  }
}
