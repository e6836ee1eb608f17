import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  CommonErrorCode,
  PASSWORD_POLICY_MODES,
  type PasswordPolicyMode,
  type WorkspacePasswordPolicy,
} from '@guichet/contracts';
import {
  PASSWORD_POLICY_PRESETS,
  type PasswordPolicy,
  type PasswordPolicyPreset,
  guaranteedEntropyBits,
  policyWarningMessage,
  policyWarnings,
} from '@guichet/password-policy';
import { finalize, map, startWith } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { SessionStore } from '../../core/session/session-store';
import { PasswordChecklist } from '../../shared/password-checklist/password-checklist';
import { PasswordEvaluator } from '../../shared/password-checklist/password-evaluator';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { PasswordPolicyApi } from './password-policy-api';

type BuiltInPreset = Exclude<PasswordPolicyPreset, 'custom'>;
type Level = 0 | 1 | 2 | 3 | 4;

/** The built-in presets in the order the picker shows them, the default first. */
const PRESETS: readonly BuiltInPreset[] = ['cnil-2022', 'seed-002-classic', 'nist-800-63b'];

/** The rule fields of a policy, as the form holds them (`preset` is derived). */
type RuleFields = Omit<PasswordPolicy, 'preset'>;
const RULE_FIELDS: readonly (keyof RuleFields)[] = [
  'minLength',
  'maxLength',
  'requiredClasses',
  'minEntropyBits',
  'minScore',
  'blockList',
  'historySize',
  'maxAgeDays',
  'minLengthWithSecondFactor',
];

/** The preset whose rules are exactly these, or `custom`. */
function presetOf(rules: RuleFields): PasswordPolicyPreset {
  return (
    PRESETS.find((preset) =>
      RULE_FIELDS.every((field) => PASSWORD_POLICY_PRESETS[preset][field] === rules[field]),
    ) ?? 'custom'
  );
}

/** The contract's limits that span two fields (the server checks them all again). */
function consistentLengths(group: AbstractControl): ValidationErrors | null {
  const { minLength, maxLength, minLengthWithSecondFactor } = group.value as RuleFields;
  const errors: ValidationErrors = {};
  if (minLength !== null && maxLength !== null && maxLength < minLength) {
    errors['maxBelowMin'] = true;
  }
  if (
    minLengthWithSecondFactor !== null &&
    minLength !== null &&
    minLengthWithSecondFactor > minLength
  ) {
    errors['secondFactorAboveMin'] = true;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

const MODE_KEYS: Readonly<
  Record<PasswordPolicyMode, { label: TranslationKey; help: TranslationKey }>
> = {
  off: { label: 'admin.policy.mode.off', help: 'admin.policy.mode.off.help' },
  warn: { label: 'admin.policy.mode.warn', help: 'admin.policy.mode.warn.help' },
  enforce: { label: 'admin.policy.mode.enforce', help: 'admin.policy.mode.enforce.help' },
};

const PRESET_KEYS: Readonly<
  Record<PasswordPolicyPreset, { label: TranslationKey; help: TranslationKey }>
> = {
  'cnil-2022': {
    label: 'admin.policy.preset.cnil-2022',
    help: 'admin.policy.preset.cnil-2022.help',
  },
  'seed-002-classic': {
    label: 'admin.policy.preset.seed-002-classic',
    help: 'admin.policy.preset.seed-002-classic.help',
  },
  'nist-800-63b': {
    label: 'admin.policy.preset.nist-800-63b',
    help: 'admin.policy.preset.nist-800-63b.help',
  },
  custom: { label: 'admin.policy.preset.custom', help: 'admin.policy.preset.custom.help' },
};

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready'; readonly saved: WorkspacePasswordPolicy };

/**
 * `/admin/password-policy`, « Stratégie des mots de passe » (PWD-1, PWD-2): a preset to start
 * from (CNIL 2022 by default, seed 002's classic strategy, NIST 800-63B) and each of its rules,
 * what the rules are worth (the warnings of the shared library: seed 002's 8 characters of 3
 * kinds are ≈ 47.6 bits, under the CNIL's 50), the roll-out mode for passwords already set
 * (off, warn, enforce: seed 002's staged roll-out), the version, and a live preview where the
 * admin tries a password against the rules being edited, with the same checklist users see.
 */
@Component({
  selector: 'app-password-policy-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    LocalizedDatePipe,
    PasswordChecklist,
    ProblemBox,
  ],
  templateUrl: './password-policy-page.html',
  styleUrl: './password-policy-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordPolicyPage {
  private readonly api = inject(PasswordPolicyApi);
  private readonly translator = inject(Translator);
  private readonly evaluator = inject(PasswordEvaluator);
  private readonly session = inject(SessionStore).session;
  private readonly destroyRef = inject(DestroyRef);
  private readonly problemBox = viewChild(ProblemBox);

  protected readonly presets = PRESETS;
  protected readonly presetKeys = PRESET_KEYS;
  protected readonly modes = PASSWORD_POLICY_MODES;
  protected readonly modeKeys = MODE_KEYS;
  protected readonly levels: readonly Level[] = [0, 1, 2, 3, 4];

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(
    {
      mode: this.fb.control<PasswordPolicyMode>('enforce'),
      minLength: [12, [Validators.required, Validators.min(8), Validators.max(128)]],
      maxLength: [128, [Validators.required, Validators.min(64), Validators.max(128)]],
      requiredClasses: this.fb.control<Level>(2),
      minEntropyBits: [50, [Validators.required, Validators.min(0), Validators.max(128)]],
      minScore: this.fb.control<Level>(3),
      blockList: [true],
      historySize: [5, [Validators.required, Validators.min(0), Validators.max(24)]],
      maxAgeDays: this.fb.control<number | null>(null, [Validators.min(30), Validators.max(730)]),
      minLengthWithSecondFactor: this.fb.control<number | null>(null, [Validators.min(8)]),
    },
    { validators: consistentLengths },
  );
  private readonly values = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly saved = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.saved : null;
  });
  protected readonly pending = signal(false);
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Message | null>(null);
  protected readonly sample = signal('');

  /** The policy as edited; numbers left empty count as their lowest value until corrected. */
  protected readonly policy = computed<PasswordPolicy>(() => {
    const value = this.values();
    const rules: RuleFields = {
      minLength: value.minLength ?? 0,
      maxLength: value.maxLength ?? 0,
      requiredClasses: Number(value.requiredClasses) as Level,
      minEntropyBits: value.minEntropyBits ?? 0,
      minScore: Number(value.minScore) as Level,
      blockList: value.blockList,
      historySize: value.historySize ?? 0,
      maxAgeDays: value.maxAgeDays ?? null,
      minLengthWithSecondFactor: value.minLengthWithSecondFactor ?? null,
    };
    return { preset: presetOf(rules), ...rules };
  });
  protected readonly preset = computed(() => this.policy().preset);
  protected readonly warnings = computed(() => {
    const language = this.translator.language();
    return policyWarnings(this.policy()).map((warning) => ({
      code: warning.code,
      text: policyWarningMessage(warning, language),
    }));
  });
  protected readonly guaranteedBits = computed(() =>
    new Intl.NumberFormat(this.translator.language() === 'fr' ? 'fr-FR' : 'en-GB', {
      maximumFractionDigits: 1,
    }).format(guaranteedEntropyBits(this.policy())),
  );
  /** Whether the rules differ from the saved ones: saving them makes a new version. */
  protected readonly rulesChanged = computed(() => {
    const saved = this.saved()?.policy;
    const policy = this.policy();
    return !!saved && RULE_FIELDS.some((field) => saved[field] !== policy[field]);
  });
  protected readonly changed = computed(
    () => this.rulesChanged() || this.values().mode !== this.saved()?.mode,
  );
  protected readonly canSave = computed(
    () => this.status() === 'VALID' && this.changed() && !this.pending(),
  );

  /** The preview checks the sample with the firm's name as a context word, as for its users. */
  private readonly previewContext = computed(() => ({
    workspaceName: this.session()?.workspace.name ?? null,
    workspaceCode: this.session()?.workspace.slug ?? null,
  }));
  protected readonly previewEvaluation = computed(() =>
    this.evaluator.evaluate(this.sample(), this.policy(), this.previewContext()),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .current()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => this.show(saved),
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  /** Fills the rules with a preset's; `custom` keeps them as they are. */
  protected choosePreset(preset: PasswordPolicyPreset): void {
    if (preset === 'custom') return;
    const { preset: _name, ...rules } = PASSWORD_POLICY_PRESETS[preset];
    this.form.patchValue(rules);
    this.form.markAsDirty();
  }

  protected typeSample(event: Event): void {
    this.sample.set((event.target as HTMLInputElement).value);
  }

  protected reset(): void {
    const saved = this.saved();
    if (saved) this.show(saved);
  }

  protected save(): void {
    if (!this.canSave()) {
      this.form.markAllAsTouched();
      return;
    }
    const rulesChanged = this.rulesChanged();
    this.pending.set(true);
    this.outcome.set(null);
    this.problem.set(null);
    this.api
      .update({ mode: this.form.getRawValue().mode, policy: this.policy() })
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.show(saved);
          this.outcome.set({
            key: rulesChanged ? 'admin.policy.saved.rules' : 'admin.policy.saved.mode',
            params: { version: saved.version },
          });
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private show(saved: WorkspacePasswordPolicy): void {
    this.state.set({ kind: 'ready', saved });
    const { preset: _name, ...rules } = saved.policy;
    this.form.reset({ mode: saved.mode, ...rules });
  }

  /** 422 keyed `policy.<field>`: the message goes under the field. */
  private fail(error: unknown): void {
    const body = errorBodyOf(error);
    let fieldNamed = false;
    if (body?.code === CommonErrorCode.ValidationFailed) {
      for (const name of Object.keys(body.fields ?? {})) {
        const field = name.replace(/^policy\./, '');
        const control = this.form.get(field);
        if (!control) continue;
        control.setErrors({ server: true });
        control.markAsTouched();
        fieldNamed = true;
      }
    }
    this.problem.set({
      key: fieldNamed ? 'admin.policy.error.fields' : errorMessageKey(error),
    });
    this.problemBox()?.focus();
  }
}
