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
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Civility, type CrmOwnerKind } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { FormSubmission } from '../../shared/forms/form-submission';
import { ProblemBox } from '../../shared/problem-box/problem-box';
import { type CrmDetails, CrmApi } from '../crm-api';

/** The words of the form of each kind of record. */
const WORDING: Readonly<Record<CrmOwnerKind, TranslationKey>> = {
  company: 'crm.new.company',
  contact: 'crm.new.contact',
  lead: 'crm.new.lead',
};

/** What a text or empty field sends: the trimmed text, or null. */
const orNull = (value: string): string | null => value.trim() || null;

/**
 * « Nouvelle société », « Nouveau contact », « Nouveau lead »: the few facts that create a record
 * (a company's name; a person's civility, names, job title, and a lead's company as given), the
 * rest being added on its page. A contact created from a company's page belongs to it.
 */
@Component({
  selector: 'app-new-record-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    ProblemBox,
  ],
  template: `
    @if (open()) {
      <form
        class="new-record"
        [formGroup]="form"
        [attr.aria-labelledby]="'new-' + kind() + '-heading'"
        (ngSubmit)="create()"
        [attr.data-testid]="'crm-new-' + kind() + '-form'"
      >
        <h3 [attr.id]="'new-' + kind() + '-heading'">{{ wording() | translate }}</h3>
        <div class="new-record-fields">
          @if (kind() === 'company') {
            <mat-form-field>
              <mat-label>{{ 'crm.new.name' | translate }}</mat-label>
              <input matInput formControlName="name" maxlength="200" autocomplete="off" />
              <mat-error>{{ 'form.error.required' | translate }}</mat-error>
            </mat-form-field>
          } @else {
            <mat-form-field>
              <mat-label>{{ 'crm.new.civility' | translate }}</mat-label>
              <select matNativeControl formControlName="civility">
                <option value="">{{ 'crm.new.civility.none' | translate }}</option>
                @for (civility of civilities; track civility) {
                  <option [value]="civility">{{ civilityKeys[civility] | translate }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'crm.new.firstName' | translate }}</mat-label>
              <input matInput formControlName="firstName" maxlength="100" autocomplete="off" />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'crm.new.lastName' | translate }}</mat-label>
              <input matInput formControlName="lastName" maxlength="100" autocomplete="off" />
              <mat-error>{{ 'form.error.required' | translate }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'crm.record.jobTitle' | translate }}</mat-label>
              <input matInput formControlName="jobTitle" maxlength="100" autocomplete="off" />
            </mat-form-field>
            @if (kind() === 'lead') {
              <mat-form-field>
                <mat-label>{{ 'crm.record.companyName' | translate }}</mat-label>
                <input matInput formControlName="companyName" maxlength="200" autocomplete="off" />
              </mat-form-field>
            }
          }
        </div>
        <app-problem-box [message]="submission.problem()" testId="crm-new-problem" />
        <div class="new-record-actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="submission.pending()"
            data-testid="crm-new-create"
          >
            {{ 'crm.new.create' | translate }}
          </button>
          <button mat-button type="button" (click)="close()">
            {{ 'crm.new.cancel' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <button
        mat-stroked-button
        type="button"
        (click)="open.set(true)"
        [attr.data-testid]="'crm-new-' + kind()"
      >
        {{ wording() | translate }}
      </button>
    }
  `,
  styles: `
    .new-record {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }

    h3 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }

    .new-record-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }

    .new-record-actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRecordForm {
  readonly kind = input.required<CrmOwnerKind>();
  /** The company a new contact belongs to. */
  readonly companyId = input<string | null>(null);
  readonly created = output<CrmDetails[CrmOwnerKind]>();

  private readonly api = inject(CrmApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly civilities = Object.values(Civility);
  protected readonly civilityKeys: Readonly<Record<Civility, TranslationKey>> = {
    [Civility.Mr]: 'person.civility.mr',
    [Civility.Mrs]: 'person.civility.mrs',
  };
  protected readonly wording = computed(() => WORDING[this.kind()]);
  protected readonly form = this.fb.group({
    name: [''],
    civility: this.fb.control<Civility | ''>(''),
    firstName: [''],
    lastName: [''],
    jobTitle: [''],
    companyName: [''],
  });
  protected readonly open = signal(false);
  protected readonly submission = new FormSubmission();

  protected close(): void {
    this.open.set(false);
    this.submission.problem.set(null);
    this.form.reset();
  }

  protected create(): void {
    const required =
      this.kind() === 'company' ? this.form.controls.name : this.form.controls.lastName;
    if (!required.value.trim()) {
      required.setErrors({ required: true });
      required.markAsTouched();
      return;
    }
    this.submission.send(this.request(), {
      accepted: (record) => {
        this.close();
        this.created.emit(record);
      },
    });
  }

  private request(): Observable<CrmDetails[CrmOwnerKind]> {
    const { name, civility, firstName, lastName, jobTitle, companyName } = this.form.getRawValue();
    const person = {
      civility: civility || null,
      firstName: orNull(firstName),
      lastName: lastName.trim(),
      jobTitle: orNull(jobTitle),
    };
    switch (this.kind()) {
      case 'company':
        return this.api.create('company', { name: name.trim() });
      case 'contact':
        return this.api.create('contact', { ...person, companyId: this.companyId() });
      case 'lead':
        return this.api.create('lead', { ...person, companyName: orNull(companyName) });
    }
  }
}
