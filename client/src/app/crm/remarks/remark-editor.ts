import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  CrmErrorCode,
  type CrmOwnerKind,
  type CrmRemark,
  type SensitiveCategory,
  sensitiveCategoriesIn,
} from '@guichet/contracts';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, Translator } from '../../core/i18n';
import { ProblemBox, type Message } from '../../shared/problem-box/problem-box';
import { CrmApi } from '../crm-api';
import { SENSITIVE_CATEGORY_KEYS, sensitiveCategoriesOf } from './sensitive-wording';

/** The server's limit of a remark. */
export const REMARK_MAX_LENGTH = 5000;

/**
 * Writes or rewrites a remark (GDPR-7). The guidance of seed 002 for free-text fields sits above
 * the field. Before saving, the text goes through the contracts' lexicon: when it looks like
 * sensitive data (health, religion, opinions, offences, insults) the editor names the categories
 * and asks to reword or to save anyway; only that confirmation sends `acknowledgeSensitive`, which
 * the server requires for such a text. A change of the text asks again.
 */
@Component({
  selector: 'app-remark-editor',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    ProblemBox,
  ],
  template: `
    <aside
      class="remark-guidance"
      [attr.id]="guidanceId"
      [attr.aria-labelledby]="guidanceId + '-heading'"
      data-testid="crm-remark-guidance"
    >
      <h3 [attr.id]="guidanceId + '-heading'">
        {{ 'crm.remarks.guidance.heading' | translate }}
      </h3>
      <p>{{ 'crm.remarks.guidance.text1' | translate }}</p>
      <p>{{ 'crm.remarks.guidance.text2' | translate }}</p>
      <p>{{ 'crm.remarks.guidance.avoid' | translate }}</p>
    </aside>
    <form class="remark-form" [formGroup]="form" (ngSubmit)="save()">
      <mat-form-field class="remark-field">
        <mat-label>{{ 'crm.remarks.text.label' | translate }}</mat-label>
        <textarea
          #field
          matInput
          formControlName="text"
          rows="4"
          [attr.aria-describedby]="guidanceId"
          data-testid="crm-remark-text"
        ></textarea>
        <mat-hint align="end">{{ length() }} / {{ maxLength }}</mat-hint>
        @if (form.controls.text.hasError('required')) {
          <mat-error>{{ 'form.error.required' | translate }}</mat-error>
        } @else if (form.controls.text.hasError('maxlength')) {
          <mat-error>{{ 'crm.remarks.tooLong' | translate: { max: maxLength } }}</mat-error>
        }
      </mat-form-field>

      <div
        #warningBox
        class="remark-warning"
        role="alert"
        tabindex="-1"
        data-testid="crm-remark-warning"
      >
        @if (warning(); as categories) {
          <h3>{{ 'crm.remarks.sensitive.heading' | translate }}</h3>
          <p data-testid="crm-remark-categories">
            {{
              'crm.remarks.sensitive.found' | translate: { categories: categoryList(categories) }
            }}
          </p>
          <p>{{ 'crm.remarks.sensitive.advice' | translate }}</p>
          <div class="remark-actions">
            <button
              mat-stroked-button
              type="button"
              (click)="rewrite()"
              data-testid="crm-remark-rewrite"
            >
              {{ 'crm.remarks.sensitive.rewrite' | translate }}
            </button>
            <button
              mat-flat-button
              type="button"
              [disabled]="saving()"
              (click)="confirm()"
              data-testid="crm-remark-confirm"
            >
              {{ 'crm.remarks.sensitive.confirm' | translate }}
            </button>
          </div>
        }
      </div>
      <app-problem-box [message]="problem()" testId="crm-remark-problem" />

      @if (!warning()) {
        <div class="remark-actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="crm-remark-save">
            {{ (saving() ? 'crm.remarks.saving' : 'crm.remarks.save') | translate }}
          </button>
          @if (remark()) {
            <button mat-button type="button" (click)="cancelled.emit()">
              {{ 'crm.remarks.cancel' | translate }}
            </button>
          }
        </div>
      }
    </form>
  `,
  styles: `
    :host {
      display: block;
    }

    .remark-guidance {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-medium);

      h3 {
        margin: 0 0 0.5rem;
        font: var(--mat-sys-title-small);
      }

      p {
        margin: 0 0 0.5rem;
      }
    }

    .remark-field {
      width: 100%;
    }

    .remark-warning:not(:empty) {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      border-radius: 4px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);

      h3 {
        margin: 0 0 0.5rem;
        font: var(--mat-sys-title-small);
      }
    }

    .remark-warning:focus {
      outline: none;
    }

    .remark-warning:focus-visible {
      outline: 3px solid var(--mat-sys-error);
      outline-offset: 2px;
    }

    .remark-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemarkEditor implements OnInit {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  /** The remark being rewritten; none for a new one. */
  readonly remark = input<CrmRemark | null>(null);
  readonly saved = output<CrmRemark>();
  readonly cancelled = output();

  private static nextId = 0;
  protected readonly guidanceId = `crm-remark-guidance-${RemarkEditor.nextId++}`;
  protected readonly maxLength = REMARK_MAX_LENGTH;

  private readonly api = inject(CrmApi);
  private readonly translator = inject(Translator);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');
  private readonly warningBox = viewChild.required<ElementRef<HTMLElement>>('warningBox');

  protected readonly form = inject(NonNullableFormBuilder).group({
    text: ['', [Validators.required, Validators.maxLength(REMARK_MAX_LENGTH)]],
  });
  private readonly text = signal('');
  protected readonly length = computed(() => this.text().length);
  /** The sensitive categories found in the text, while the user decides. */
  protected readonly warning = signal<readonly SensitiveCategory[] | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Message | null>(null);

  constructor() {
    this.form.controls.text.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => {
      this.text.set(text);
      // The confirmation was for the text as it was: a new text is checked again.
      this.warning.set(null);
    });
  }

  ngOnInit(): void {
    const remark = this.remark();
    if (remark) this.form.setValue({ text: remark.text });
  }

  protected save(): void {
    this.problem.set(null);
    const text = this.form.getRawValue().text;
    if (this.form.invalid || !text.trim()) {
      this.form.controls.text.setErrors(
        text.trim() ? this.form.controls.text.errors : { required: true },
      );
      this.form.markAllAsTouched();
      return;
    }
    const categories = sensitiveCategoriesIn(text);
    if (categories.length > 0) {
      this.warn(categories);
      return;
    }
    this.send(false);
  }

  /** "Enregistrer quand même": the user saw which categories and keeps the text. */
  protected confirm(): void {
    this.send(true);
  }

  /** "Reformuler": back to the field, the warning gone until the next save. */
  protected rewrite(): void {
    this.warning.set(null);
    this.field().nativeElement.focus();
  }

  protected categoryList(categories: readonly SensitiveCategory[]): string {
    return categories
      .map((category) => this.translator.t(SENSITIVE_CATEGORY_KEYS[category]))
      .join(', ');
  }

  private warn(categories: readonly SensitiveCategory[]): void {
    this.warning.set(categories);
    afterNextRender(
      { write: () => this.warningBox().nativeElement.focus() },
      { injector: this.injector },
    );
  }

  private send(acknowledged: boolean): void {
    const text = this.form.getRawValue().text;
    this.saving.set(true);
    this.api
      .saveRemark(
        this.kind(),
        this.recordId(),
        acknowledged ? { text, acknowledgeSensitive: true } : { text },
        this.remark()?.id,
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (remark) => {
          this.saving.set(false);
          this.warning.set(null);
          this.form.reset();
          this.saved.emit(remark);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const body = errorBodyOf(error);
          // The server's lexicon found more than this one: the same question, its categories.
          if (body?.code === CrmErrorCode.SensitiveText && !acknowledged) {
            this.warn(sensitiveCategoriesOf(body.fields?.['text']));
            return;
          }
          this.problem.set({
            key: 'crm.remarks.failed',
            params: { reason: this.translator.t(errorMessageKey(error)) },
          });
        },
      });
  }
}
