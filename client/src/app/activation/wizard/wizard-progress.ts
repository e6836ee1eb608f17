import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

/**
 * The progress header of a wizard: "Étape 2 sur 4" and the names of the stages, the current one
 * marked for assistive technologies (`aria-current="step"`) and by more than colour.
 */
@Component({
  selector: 'app-wizard-progress',
  imports: [TranslatePipe],
  template: `
    <div class="progress" data-testid="wizard-progress">
      <p class="progress-count" data-testid="wizard-progress-count">
        {{ 'wizard.progress.stepOf' | translate: { current: position(), total: stages().length } }}
      </p>
      <ol class="progress-stages" [attr.aria-label]="'wizard.progress.label' | translate">
        @for (stage of stages(); track stage; let index = $index) {
          <li
            [class.progress-done]="index < current()"
            [class.progress-current]="index === current()"
            [attr.aria-current]="index === current() ? 'step' : null"
          >
            <span class="progress-marker" aria-hidden="true">{{
              index < current() ? '✓' : index + 1
            }}</span>
            <span class="progress-name">{{ stage | translate }}</span>
            @if (index < current()) {
              <span class="visually-hidden">({{ 'wizard.progress.done' | translate }})</span>
            }
          </li>
        }
      </ol>
    </div>
  `,
  styleUrl: './wizard-progress.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WizardProgress {
  /** The names of the stages, in order. */
  readonly stages = input.required<readonly TranslationKey[]>();
  /** Index of the current stage. */
  readonly current = input.required<number>();

  protected readonly position = computed(() => Math.max(0, this.current()) + 1);
}
