import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '../../core/i18n';

/** One line of the checklist: a rule and whether the password meets it yet. */
export interface ChecklistItem {
  readonly id: string;
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
  readonly met: boolean;
}

/**
 * The live password checklist (IDV-6, PWD-1). Linked to the password field by
 * `aria-describedby`, so a screen reader reads it with the field rather than after every key;
 * each line says in words whether it is met, not only by its mark or colour.
 */
@Component({
  selector: 'app-password-checklist',
  imports: [TranslatePipe],
  template: `
    <p class="checklist-heading">{{ 'setPassword.rules.heading' | translate }}</p>
    <ul class="checklist" data-testid="password-checklist">
      @for (item of items(); track item.id) {
        <li
          [class.checklist-met]="item.met"
          [attr.data-testid]="'rule-' + item.id"
          [attr.data-met]="item.met"
        >
          <span class="checklist-mark" aria-hidden="true">{{ item.met ? '✓' : '✗' }}</span>
          <span>{{ item.key | translate: item.params }}</span>
          <span class="visually-hidden">
            ({{ (item.met ? 'setPassword.rule.met' : 'setPassword.rule.unmet') | translate }})
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 1rem;
    }

    .checklist-heading {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-small);
    }

    .checklist {
      margin: 0;
      padding: 0;
      list-style: none;

      li {
        display: flex;
        gap: 0.5rem;
        color: var(--mat-sys-on-surface-variant);
      }
    }

    .checklist-mark {
      width: 1.25rem;
      color: var(--mat-sys-error);
      font-weight: 700;
    }

    .checklist-met {
      color: var(--mat-sys-on-surface);

      .checklist-mark {
        color: var(--mat-sys-primary);
      }
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordChecklist {
  readonly items = input.required<readonly ChecklistItem[]>();
}
