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
import type { CrmOwnerKind } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { controlErrorKey } from '../../shared/forms/field-errors';
import { FormSubmission } from '../../shared/forms/form-submission';
import { FormFooter } from './form-footer';
import { displayPhone } from '../../shared/format/phone-display';
import {
  type ContactPointKind,
  type ContactPointRequests,
  type ContactPoints,
  CrmApi,
} from '../crm-api';

type FieldName = 'label' | 'line1' | 'line2' | 'postalCode' | 'city' | 'number' | 'address';

interface Field {
  readonly name: FieldName;
  readonly label: TranslationKey;
  readonly maxLength: number;
  readonly required?: boolean;
  readonly type?: 'email' | 'tel';
}

const LABEL: Field = { name: 'label', label: 'crm.point.label', maxLength: 50 };

/** The fields of each form, in the order they are typed. */
const FIELDS: Readonly<Record<ContactPointKind, readonly Field[]>> = {
  addresses: [
    LABEL,
    { name: 'line1', label: 'crm.point.line1', maxLength: 200, required: true },
    { name: 'line2', label: 'crm.point.line2', maxLength: 200 },
    { name: 'postalCode', label: 'crm.point.postalCode', maxLength: 16 },
    { name: 'city', label: 'crm.point.city', maxLength: 100, required: true },
  ],
  phones: [
    LABEL,
    { name: 'number', label: 'crm.point.number', maxLength: 64, required: true, type: 'tel' },
  ],
  emails: [
    LABEL,
    { name: 'address', label: 'crm.point.email', maxLength: 254, required: true, type: 'email' },
  ],
};

const OPEN_KEYS: Readonly<Record<ContactPointKind, TranslationKey>> = {
  addresses: 'crm.point.add.address',
  phones: 'crm.point.add.phone',
  emails: 'crm.point.add.email',
};

/** The name of the button and form that change one entry (« Modifier le téléphone … »). */
const EDIT_KEYS: Readonly<Record<ContactPointKind, TranslationKey>> = {
  addresses: 'crm.point.edit.address',
  phones: 'crm.point.edit.phone',
  emails: 'crm.point.edit.email',
};

/** An entry in a few words, for the names of its buttons. */
export function describeContactPoint(point: ContactPoints[ContactPointKind]): string {
  if ('line1' in point) return `${point.line1}, ${point.city}`;
  if ('number' in point) return displayPhone(point.number) ?? point.number;
  return point.address;
}

/**
 * « Ajouter une adresse / un téléphone / un e-mail » under those lists of a record page; given
 * `[point]`, « Modifier » that entry instead (the form filled with it, sent as PUT). The server
 * checks and normalises (French numbers to E.164); its refusal is said here, under the field it
 * names when it names one.
 */
@Component({
  selector: 'app-contact-point-form',
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
        class="point-form"
        [formGroup]="form"
        (ngSubmit)="add()"
        [attr.aria-label]="openKey() | translate: { value: described() }"
        [attr.data-testid]="testId() + '-form'"
      >
        @for (field of fields(); track field.name) {
          <mat-form-field>
            <mat-label>{{ field.label | translate }}</mat-label>
            <input
              matInput
              [type]="field.type ?? 'text'"
              [formControlName]="field.name"
              [maxlength]="field.maxLength"
              autocomplete="off"
              [attr.data-testid]="'crm-point-' + field.name"
            />
            <mat-error>{{ errorKey(field.name) | translate }}</mat-error>
          </mat-form-field>
        }
        <app-form-footer
          [submission]="submission"
          [saveKey]="point() ? 'crm.point.save' : 'crm.point.add'"
          [saveTestId]="point() ? 'crm-point-save' : 'crm-point-add'"
          problemTestId="crm-point-problem"
          (cancelled)="close()"
        />
      </form>
    } @else {
      <button
        mat-button
        type="button"
        (click)="start()"
        [attr.aria-label]="point() ? (openKey() | translate: { value: described() }) : null"
        [attr.data-testid]="testId()"
      >
        {{ (point() ? 'crm.point.edit' : openKey()) | translate }}
      </button>
    }
  `,
  styles: `
    .point-form {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactPointForm<W extends ContactPointKind = ContactPointKind> {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  readonly which = input.required<W>();
  /** The entry to change; none adds one. */
  readonly point = input<ContactPoints[W] | null>(null);
  /** The entry as the server now holds it, added or changed. */
  readonly saved = output<ContactPoints[W]>();

  private readonly api = inject(CrmApi);
  protected readonly fields = computed(() => FIELDS[this.which()]);
  protected readonly openKey = computed(() =>
    this.point() ? EDIT_KEYS[this.which()] : OPEN_KEYS[this.which()],
  );
  protected readonly testId = computed(() =>
    this.point() ? `crm-edit-${this.which()}` : `crm-add-${this.which()}`,
  );
  protected readonly described = computed(() => {
    const point = this.point();
    return point ? describeContactPoint(point) : '';
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    label: [''],
    line1: [''],
    line2: [''],
    postalCode: [''],
    city: [''],
    number: [''],
    address: [''],
  });
  protected readonly open = signal(false);
  protected readonly submission = new FormSubmission(this.form);

  /** Opens the form, filled with the entry when it changes one. */
  protected start(): void {
    const point = this.point();
    if (point) {
      this.form.reset();
      for (const field of this.fields()) {
        const value: unknown = (point as Partial<Record<FieldName, string | null>>)[field.name];
        this.form.controls[field.name].setValue(typeof value === 'string' ? value : '');
      }
    }
    this.open.set(true);
  }

  protected errorKey(field: FieldName): TranslationKey {
    return controlErrorKey(this.form.controls[field]);
  }

  protected close(): void {
    this.open.set(false);
    this.submission.problem.set(null);
    this.form.reset();
  }

  protected add(): void {
    const missing = this.fields().filter(
      (field) => field.required && !this.form.controls[field.name].value.trim(),
    );
    for (const field of missing) {
      this.form.controls[field.name].setErrors({ required: true });
      this.form.controls[field.name].markAsTouched();
    }
    if (missing.length > 0) return;
    this.submission.send(
      this.api.saveContactPoint(
        this.kind(),
        this.recordId(),
        this.which(),
        this.request(),
        this.point()?.id,
      ),
      {
        accepted: (point) => {
          this.close();
          this.saved.emit(point);
        },
      },
    );
  }

  /** The body of the form's fields, trimmed, empty optional ones left out. */
  private request(): ContactPointRequests[W] {
    const values = this.form.getRawValue();
    const body: Partial<Record<FieldName, string>> = {};
    for (const field of this.fields()) {
      const value = values[field.name].trim();
      if (value) body[field.name] = value;
    }
    // The form has no country field: a changed address stays in its country (else FR, the default).
    const point = this.point();
    if (point && 'country' in point)
      return { ...body, country: point.country } as ContactPointRequests[W];
    return body as ContactPointRequests[W];
  }
}
