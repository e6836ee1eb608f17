import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  CRM_OPPORTUNITY_STAGES,
  type CrmOpportunity,
  type CrmOpportunityStage,
  type CrmOwnerKind,
} from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { controlErrorKey } from '../../shared/forms/field-errors';
import { FormSubmission } from '../../shared/forms/form-submission';
import { FormFooter } from './form-footer';
import { CrmApi } from '../crm-api';
import { STAGE_KEYS } from '../crm-wording';

/**
 * Euros as typed (« 12 500,50 », « 12500.5 ») in cents; null when empty; undefined when it is
 * not an amount.
 */
export function centsOf(typed: string): number | null | undefined {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (compact === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return undefined;
  const cents = Math.round(Number(compact) * 100);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Cents as the field shows them to be changed (« 12500,50 »). */
function typedOf(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/**
 * « Ajouter une opportunité » under the opportunities of a record, or « Modifier » one when given
 * `[opportunity]`: its title, stage, amount in euros and expected closing date.
 */
@Component({
  selector: 'app-opportunity-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    TranslatePipe,
    FormFooter,
  ],
  template: `
    @if (open()) {
      <form
        class="opportunity-form"
        [formGroup]="form"
        (ngSubmit)="save()"
        [attr.aria-label]="openKey() | translate: { value: title() }"
        [attr.data-testid]="testId() + '-form'"
      >
        <mat-form-field>
          <mat-label>{{ 'crm.opportunity.title' | translate }}</mat-label>
          <input
            matInput
            formControlName="title"
            maxlength="200"
            autocomplete="off"
            data-testid="crm-opportunity-title"
          />
          <mat-error>{{ errorKey('title') | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.opportunity.stage' | translate }}</mat-label>
          <select matNativeControl formControlName="stage" data-testid="crm-opportunity-stage">
            @for (stage of stages; track stage) {
              <option [value]="stage">{{ stageKeys[stage] | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.opportunity.amount' | translate }}</mat-label>
          <input
            matInput
            formControlName="amount"
            inputmode="decimal"
            autocomplete="off"
            data-testid="crm-opportunity-amount"
          />
          <span matTextSuffix>€</span>
          <mat-error>{{ errorKey('amount') | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.opportunity.expectedCloseOn' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="expectedCloseOn"
            data-testid="crm-opportunity-close-on"
          />
          <mat-error>{{ errorKey('expectedCloseOn') | translate }}</mat-error>
        </mat-form-field>
        <app-form-footer
          [submission]="submission"
          [saveKey]="opportunity() ? 'crm.point.save' : 'crm.point.add'"
          [saveTestId]="'crm-opportunity-save'"
          problemTestId="crm-opportunity-problem"
          (cancelled)="close()"
        />
      </form>
    } @else {
      <button
        mat-button
        type="button"
        (click)="start()"
        [attr.aria-label]="opportunity() ? (openKey() | translate: { value: title() }) : null"
        [attr.data-testid]="testId()"
      >
        {{ (opportunity() ? 'crm.point.edit' : openKey()) | translate }}
      </button>
    }
  `,
  styles: `
    .opportunity-form {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpportunityForm {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  /** The opportunity to change; none adds one. */
  readonly opportunity = input<CrmOpportunity | null>(null);
  /** The opportunity as the server now holds it. */
  readonly saved = output<CrmOpportunity>();

  private readonly api = inject(CrmApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly stages = CRM_OPPORTUNITY_STAGES;
  protected readonly stageKeys = STAGE_KEYS;
  protected readonly form = this.fb.group({
    title: [''],
    stage: this.fb.control<CrmOpportunityStage>('open'),
    amount: [''],
    expectedCloseOn: [''],
  });
  protected readonly open = signal(false);
  protected readonly openKey = computed<TranslationKey>(() =>
    this.opportunity() ? 'crm.opportunity.edit' : 'crm.opportunity.add',
  );
  /** The title of the opportunity changed, in the names of the button and form. */
  protected readonly title = computed(() => this.opportunity()?.title ?? '');
  protected readonly testId = computed(() =>
    this.opportunity() ? 'crm-edit-opportunities' : 'crm-add-opportunities',
  );
  protected readonly submission = new FormSubmission(this.form);

  protected start(): void {
    const opportunity = this.opportunity();
    this.form.reset();
    if (opportunity) {
      this.form.setValue({
        title: opportunity.title,
        stage: opportunity.stage,
        amount: typedOf(opportunity.amountCents),
        expectedCloseOn: opportunity.expectedCloseOn ?? '',
      });
    }
    this.open.set(true);
  }

  protected close(): void {
    this.open.set(false);
    this.submission.problem.set(null);
    this.form.reset();
  }

  protected errorKey(field: keyof typeof this.form.controls): TranslationKey {
    return controlErrorKey(this.form.controls[field], [
      ['amount', 'crm.opportunity.amountInvalid'],
    ]);
  }

  protected save(): void {
    const { title, stage, amount, expectedCloseOn } = this.form.getRawValue();
    const amountCents = centsOf(amount);
    if (!title.trim()) {
      this.form.controls.title.setErrors({ required: true });
      this.form.controls.title.markAsTouched();
    }
    if (amountCents === undefined) {
      this.form.controls.amount.setErrors({ amount: true });
      this.form.controls.amount.markAsTouched();
    }
    if (!title.trim() || amountCents === undefined) return;
    this.submission.send(
      this.api.saveOpportunity(
        this.kind(),
        this.recordId(),
        { title: title.trim(), stage, amountCents, expectedCloseOn: expectedCloseOn || null },
        this.opportunity()?.id,
      ),
      {
        accepted: (opportunity) => {
          this.close();
          this.saved.emit(opportunity);
        },
      },
    );
  }
}
