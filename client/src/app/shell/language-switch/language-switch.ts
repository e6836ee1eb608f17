import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { isLanguage } from '@guichet/contracts';
import { LANGUAGE_OPTIONS, TranslatePipe, Translator } from '../../core/i18n';

/** FR/EN segmented switch; each option is announced by its own name ("Français", "English"). */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslatePipe],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@for`.
  template: `
    <mat-button-toggle-group
      class="language-switch"
      hideSingleSelectionIndicator
      [value]="translator.language()"
      (change)="select($event.value)"
      [attr.aria-label]="'shell.languageSwitch.label' | translate"
      data-testid="language-switch"
    >
      @for (option of options; track option.language) {
        <mat-button-toggle
          [value]="option.language"
          [aria-label]="option.name"
          [attr.lang]="option.language"
          [attr.data-testid]="'language-' + option.language"
          >{{ option.short }}</mat-button-toggle
        >
      }
    </mat-button-toggle-group>
  `,
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly translator = inject(Translator);
  protected readonly options = Object.values(LANGUAGE_OPTIONS);

  protected select(value: unknown): void {
    if (isLanguage(value)) {
      this.translator.use(value);
    }
  }
}
