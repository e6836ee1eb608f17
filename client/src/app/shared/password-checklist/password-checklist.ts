import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  type PasswordEvaluation,
  type PasswordRuleResult,
  messageOf,
} from '@guichet/password-policy';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { PasswordEvaluator } from './password-evaluator';
import { isPending } from './password-policy-validator';

/** Typing pauses this long before the screen-reader summary of the checklist is updated. */
export const ANNOUNCE_DELAY_MS = 800;

type LineStatus = 'met' | 'unmet' | 'pending';

/** One line of the checklist, worded. */
interface ChecklistLine {
  readonly id: string;
  readonly text: string;
  readonly status: LineStatus;
}

const STATUS_KEYS: Readonly<Record<LineStatus, TranslationKey>> = {
  met: 'passwordChecklist.status.met',
  unmet: 'passwordChecklist.status.unmet',
  pending: 'passwordChecklist.status.pending',
};

const MARKS: Readonly<Record<LineStatus, string>> = { met: '✓', unmet: '✗', pending: '…' };

const LEVEL_KEYS: readonly TranslationKey[] = [
  'passwordChecklist.strength.level.0',
  'passwordChecklist.strength.level.1',
  'passwordChecklist.strength.level.2',
  'passwordChecklist.strength.level.3',
  'passwordChecklist.strength.level.4',
];

/**
 * The live password checklist (PWD-1, IDV-6): one line per rule of the workspace policy, worded
 * by the shared evaluator (`messageOf`), met, unmet, or pending while the word lists load, each
 * said in words and not only by its mark or colour; a strength meter (zxcvbn score and entropy in
 * bits); and a polite live region that sums it up once typing pauses, so that a screen reader is
 * not interrupted on every key. The password field points at it with `aria-describedby`.
 */
@Component({
  selector: 'app-password-checklist',
  imports: [MatButton, TranslatePipe],
  template: `
    <p class="checklist-heading">{{ heading() | translate }}</p>
    @switch (listsState()) {
      @case ('loading') {
        <p class="checklist-note" data-testid="password-checklist-loading">
          {{ 'passwordChecklist.loading' | translate }}
        </p>
      }
      @case ('failed') {
        <div class="checklist-note" data-testid="password-checklist-failed">
          <p>{{ 'passwordChecklist.failed' | translate }}</p>
          <button mat-stroked-button type="button" (click)="retry()">
            {{ 'passwordChecklist.retry' | translate }}
          </button>
        </div>
      }
    }
    <ul class="checklist" data-testid="password-checklist">
      @for (line of lines(); track line.id) {
        <li
          [class]="'checklist-' + line.status"
          [attr.data-testid]="'rule-' + line.id"
          [attr.data-met]="line.status === 'met'"
          [attr.data-status]="line.status"
        >
          <span class="checklist-mark" aria-hidden="true">{{ marks[line.status] }}</span>
          <span>{{ line.text }}</span>
          <!-- The space keeps the status a word of its own for screen readers. -->
          <span class="visually-hidden">{{
            ' (' + (statusKeys[line.status] | translate) + ')'
          }}</span>
        </li>
      }
    </ul>
    @if (showStrength() && strength(); as strength) {
      <div class="strength" data-testid="password-strength">
        @if (strength.score === null) {
          <p class="strength-text">{{ 'passwordChecklist.strength.pending' | translate }}</p>
        } @else {
          <p class="strength-text" [id]="meterId">
            {{
              'passwordChecklist.strength.label'
                | translate: { level: (strength.level | translate) }
            }}
          </p>
          <meter
            min="0"
            max="4"
            low="2"
            high="3"
            optimum="4"
            [value]="strength.score"
            [attr.aria-labelledby]="meterId"
            data-testid="password-strength-meter"
          ></meter>
          <p class="strength-bits" data-testid="password-strength-bits">
            {{ 'passwordChecklist.strength.bits' | translate: { bits: strength.bits } }}
          </p>
        }
      </div>
    }
    <p class="visually-hidden" role="status" data-testid="password-checklist-announcement">
      {{ announcement() }}
    </p>
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

    .checklist-note {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);

      p {
        margin: 0 0 0.25rem;
      }
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
      flex: none;
      width: 1.25rem;
      color: var(--mat-sys-error);
      font-weight: 700;
    }

    .checklist-pending .checklist-mark {
      color: var(--mat-sys-on-surface-variant);
    }

    .checklist-met {
      color: var(--mat-sys-on-surface);

      .checklist-mark {
        color: var(--mat-sys-primary);
      }
    }

    .strength {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin-top: 0.5rem;

      p {
        margin: 0;
      }

      meter {
        width: 8rem;
        height: 0.75rem;
      }
    }

    .strength-bits {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
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
  private static nextId = 0;
  private readonly translator = inject(Translator);
  private readonly evaluator = inject(PasswordEvaluator);

  /** What `evaluatePassword` said of the password typed; null before the policy is known. */
  readonly evaluation = input.required<PasswordEvaluation | null>();
  /** Whether the confirmation matches; null leaves the line out (no confirmation field). */
  readonly matches = input<boolean | null>(null);
  /** Rules only the server checks (history), from its refusal, shown unmet. */
  readonly refused = input<readonly PasswordRuleResult[]>([]);
  readonly heading = input<TranslationKey>('passwordChecklist.heading');
  readonly showStrength = input(true);

  protected readonly marks = MARKS;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly meterId = `password-strength-${PasswordChecklist.nextId++}`;
  protected readonly listsState = this.evaluator.state;
  protected readonly announcement = signal('');

  protected readonly lines = computed<ChecklistLine[]>(() => {
    const evaluation = this.evaluation();
    if (!evaluation) return [];
    const language = this.translator.language();
    const lines: ChecklistLine[] = [...evaluation.results, ...this.refused()].map((result) => ({
      id: result.rule,
      text: messageOf(result, language),
      status: result.met ? 'met' : isPending(result) ? 'pending' : 'unmet',
    }));
    const matches = this.matches();
    if (matches !== null) {
      lines.push({
        id: 'match',
        text: this.translator.t('passwordChecklist.match'),
        status: matches ? 'met' : 'unmet',
      });
    }
    return lines;
  });

  /** Score and bits once something is typed; no score yet while the lists load. */
  protected readonly strength = computed(() => {
    const evaluation = this.evaluation();
    if (!evaluation || evaluation.compositionBits === 0) return null;
    const { score } = evaluation;
    return {
      score,
      level: LEVEL_KEYS[score ?? 0] ?? LEVEL_KEYS[0],
      bits: new Intl.NumberFormat(this.translator.language() === 'fr' ? 'fr-FR' : 'en-GB', {
        maximumFractionDigits: 0,
      }).format(evaluation.entropyBits),
    };
  });

  /** What the live region will say: how many rules are met, and whether some still wait. */
  private readonly summary = computed(() => {
    const lines = this.lines();
    const evaluation = this.evaluation();
    if (!evaluation || evaluation.compositionBits === 0) return '';
    const met = lines.filter((line) => line.status === 'met').length;
    const parts = [
      met === lines.length
        ? this.translator.t('passwordChecklist.summary.all')
        : this.translator.t('passwordChecklist.summary.some', { met, total: lines.length }),
    ];
    if (lines.some((line) => line.status === 'pending')) {
      parts.push(this.translator.t('passwordChecklist.summary.pending'));
    }
    return parts.join(' ');
  });

  constructor() {
    // The lists are needed as soon as a checklist shows: start fetching them now.
    this.evaluator.load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const summary = this.summary();
      clearTimeout(timer);
      timer = setTimeout(() => this.announcement.set(summary), ANNOUNCE_DELAY_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  protected retry(): void {
    this.evaluator.load();
  }
}
