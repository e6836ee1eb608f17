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
import {
  CRM_LEAD_STATUSES,
  Civility,
  type CrmLeadStatus,
  type CrmOwnerKind,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { FormSubmission } from '../../shared/forms/form-submission';
import { FormFooter } from '../record/form-footer';
import { type CrmDetails, CrmApi } from '../crm-api';
import { LEAD_STATUS_KEYS } from '../crm-wording';

/** The words of the form of each kind of record. */
const WORDING: Readonly<Record<CrmOwnerKind, TranslationKey>> = {
  company: 'crm.new.company',
  contact: 'crm.new.contact',
  lead: 'crm.new.lead',
};

type CrmRecord = CrmDetails[CrmOwnerKind];

/** What a text or empty field sends: the trimmed text, or null. */
const orNull = (value: string): string | null => value.trim() || null;

/**
 * « Nouvelle société », « Nouveau contact », « Nouveau lead »: the few facts that create a record
 * (a company's name; a person's civility, names, job title, and a lead's company as given), the
 * rest being added on its page. A contact created from a company's page belongs to it.
 * Given `[record]`, the same fields (and a lead's status) change that record instead:
 * « Modifier la fiche », so that staff can correct a person's data (GDPR right of correction).
 */
@Component({
  selector: 'app-record-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    FormFooter,
  ],
  template: `
    @if (open()) {
      <form
        class="record-form"
        [formGroup]="form"
        [attr.aria-labelledby]="testId() + '-heading'"
        (ngSubmit)="create()"
        [attr.data-testid]="testId() + '-form'"
      >
        <h3 [attr.id]="testId() + '-heading'">{{ wording() | translate }}</h3>
        <div class="record-form-fields">
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
              @if (record()) {
                <mat-form-field>
                  <mat-label>{{ 'crm.record.status' | translate }}</mat-label>
                  <select matNativeControl formControlName="status">
                    @for (status of statuses; track status) {
                      <option [value]="status">{{ statusKeys[status] | translate }}</option>
                    }
                  </select>
                </mat-form-field>
              }
            }
          }
        </div>
        <app-form-footer
          [submission]="submission"
          [saveKey]="record() ? 'crm.edit.save' : 'crm.new.create'"
          [saveTestId]="record() ? 'crm-edit-save' : 'crm-new-create'"
          problemTestId="crm-new-problem"
          (cancelled)="close()"
        />
      </form>
    } @else {
      <button mat-stroked-button type="button" (click)="start()" [attr.data-testid]="testId()">
        {{ wording() | translate }}
      </button>
    }
  `,
  styles: `
    .record-form {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }

    h3 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }

    .record-form-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordForm {
  readonly kind = input.required<CrmOwnerKind>();
  /** The company a new contact belongs to. */
  readonly companyId = input<string | null>(null);
  /** The record to change; none creates one. */
  readonly record = input<CrmRecord | null>(null);
  /** The record as the server now holds it, created or changed. */
  readonly created = output<CrmRecord>();

  private readonly api = inject(CrmApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly civilities = Object.values(Civility);
  protected readonly civilityKeys: Readonly<Record<Civility, TranslationKey>> = {
    [Civility.Mr]: 'person.civility.mr',
    [Civility.Mrs]: 'person.civility.mrs',
  };
  protected readonly statuses = CRM_LEAD_STATUSES;
  protected readonly statusKeys = LEAD_STATUS_KEYS;
  protected readonly wording = computed(() =>
    this.record() ? 'crm.edit.open' : WORDING[this.kind()],
  );
  protected readonly testId = computed(() =>
    this.record() ? 'crm-edit-record' : `crm-new-${this.kind()}`,
  );
  protected readonly form = this.fb.group({
    name: [''],
    civility: this.fb.control<Civility | ''>(''),
    firstName: [''],
    lastName: [''],
    jobTitle: [''],
    companyName: [''],
    status: this.fb.control<CrmLeadStatus>('new'),
  });
  protected readonly open = signal(false);
  protected readonly submission = new FormSubmission();

  /** Opens the form, filled with the record's fields when it changes one. */
  protected start(): void {
    const record = this.record();
    if (record) {
      const person = 'lastName' in record ? record : null;
      this.form.setValue({
        name: 'name' in record ? record.name : '',
        civility: person?.civility ?? '',
        firstName: person?.firstName ?? '',
        lastName: person?.lastName ?? '',
        jobTitle: person?.jobTitle ?? '',
        companyName: ('companyName' in record ? record.companyName : null) ?? '',
        status: 'status' in record ? record.status : 'new',
      });
    }
    this.open.set(true);
  }

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

  private request(): Observable<CrmRecord> {
    const { name, civility, firstName, lastName, jobTitle, companyName, status } =
      this.form.getRawValue();
    const person = {
      civility: civility || null,
      firstName: orNull(firstName),
      lastName: lastName.trim(),
      jobTitle: orNull(jobTitle),
    };
    const record = this.record();
    if (record) {
      // A contact's company is not changed here: PATCH keeps the fields it is not sent.
      switch (this.kind()) {
        case 'company':
          return this.api.update('company', record.id, { name: name.trim() });
        case 'contact':
          return this.api.update('contact', record.id, person);
        case 'lead':
          return this.api.update('lead', record.id, {
            ...person,
            companyName: orNull(companyName),
            status,
          });
      }
    }
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
