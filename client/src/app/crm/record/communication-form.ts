import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  CRM_COMMUNICATION_CHANNELS,
  type CrmCommunication,
  type CrmCommunicationChannel,
  type CrmCommunicationDirection,
  type CrmOwnerKind,
} from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { controlErrorKey } from '../../shared/forms/field-errors';
import { FormSubmission } from '../../shared/forms/form-submission';
import { FormFooter } from './form-footer';
import { CrmApi } from '../crm-api';
import { CHANNEL_KEYS } from '../crm-wording';

/** The choices of « Sens », said from the person's side, since that is what retention counts. */
const DIRECTION_CHOICES: readonly {
  readonly value: CrmCommunicationDirection;
  readonly key: TranslationKey;
}[] = [
  { value: 'from-person', key: 'crm.communication.direction.from-person' },
  { value: 'to-person', key: 'crm.communication.direction.to-person' },
];

/** `YYYY-MM-DDTHH:mm` of a moment in the browser's time zone, as `datetime-local` reads it. */
function localDateTime(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}`
  );
}

/** The server's slack for the clocks of the browser and the server. */
const CLOCK_SLACK_MS = 60_000;

/**
 * « Enregistrer une communication » under the communications of a record: a call, an e-mail, a
 * meeting, a letter… received from the person or sent to them, when (now by default, never in
 * the future), its subject and what was said. The direction has no default: one received from a
 * prospect restarts the retention period (GDPR-5), so the user says which it was.
 */
@Component({
  selector: 'app-communication-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    FormFooter,
  ],
  template: `
    @if (open()) {
      <form
        class="communication-form"
        [formGroup]="form"
        (ngSubmit)="save()"
        [attr.aria-label]="'crm.communication.add' | translate"
        data-testid="crm-communication-form"
      >
        <mat-form-field>
          <mat-label>{{ 'crm.communication.direction' | translate }}</mat-label>
          <select
            matNativeControl
            formControlName="direction"
            data-testid="crm-communication-direction"
          >
            <option value="">{{ 'crm.communication.choose' | translate }}</option>
            @for (choice of directions; track choice.value) {
              <option [value]="choice.value">{{ choice.key | translate }}</option>
            }
          </select>
          <mat-hint>{{ 'crm.communication.retention' | translate }}</mat-hint>
          <mat-error>{{ errorKey('direction') | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.communication.channel' | translate }}</mat-label>
          <select
            matNativeControl
            formControlName="channel"
            data-testid="crm-communication-channel"
          >
            @for (channel of channels; track channel) {
              <option [value]="channel">{{ channelKeys[channel] | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.communication.occurredAt' | translate }}</mat-label>
          <input
            matInput
            type="datetime-local"
            formControlName="occurredAt"
            [max]="now()"
            data-testid="crm-communication-occurred-at"
          />
          <mat-error>{{ errorKey('occurredAt') | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.communication.subject' | translate }}</mat-label>
          <input
            matInput
            formControlName="subject"
            maxlength="200"
            autocomplete="off"
            data-testid="crm-communication-subject"
          />
          <mat-error>{{ errorKey('subject') | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'crm.communication.summary' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="summary"
            rows="3"
            maxlength="5000"
            data-testid="crm-communication-summary"
          ></textarea>
          <mat-error>{{ errorKey('summary') | translate }}</mat-error>
        </mat-form-field>
        <app-form-footer
          [submission]="submission"
          [saveKey]="'crm.communication.save'"
          [saveTestId]="'crm-communication-save'"
          problemTestId="crm-communication-problem"
          (cancelled)="close()"
        />
      </form>
    } @else {
      <button mat-button type="button" (click)="start()" data-testid="crm-add-communication">
        {{ 'crm.communication.add' | translate }}
      </button>
    }
  `,
  styles: `
    .communication-form {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunicationForm {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  /** The communication as the server holds it. */
  readonly saved = output<CrmCommunication>();

  private readonly api = inject(CrmApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly directions = DIRECTION_CHOICES;
  protected readonly channels = CRM_COMMUNICATION_CHANNELS;
  protected readonly channelKeys = CHANNEL_KEYS;
  protected readonly form = this.fb.group({
    direction: this.fb.control<CrmCommunicationDirection | ''>(''),
    channel: this.fb.control<CrmCommunicationChannel>('phone'),
    occurredAt: [''],
    subject: [''],
    summary: [''],
  });
  protected readonly open = signal(false);
  /** The latest moment the field offers: when the form was opened. */
  protected readonly now = signal('');
  protected readonly submission = new FormSubmission(this.form);

  protected start(): void {
    const now = localDateTime(new Date());
    this.now.set(now);
    this.form.reset();
    this.form.controls.occurredAt.setValue(now);
    this.open.set(true);
  }

  protected close(): void {
    this.open.set(false);
    this.submission.problem.set(null);
    this.form.reset();
  }

  protected errorKey(field: keyof typeof this.form.controls): TranslationKey {
    return controlErrorKey(this.form.controls[field], [['future', 'crm.communication.future']]);
  }

  protected save(): void {
    const { direction, channel, occurredAt, subject, summary } = this.form.getRawValue();
    const moment = occurredAt ? new Date(occurredAt) : null;
    const problems: [keyof typeof this.form.controls, string][] = [];
    if (!direction) problems.push(['direction', 'required']);
    if (!subject.trim()) problems.push(['subject', 'required']);
    if (!moment || Number.isNaN(moment.getTime())) problems.push(['occurredAt', 'required']);
    else if (moment.getTime() > Date.now() + CLOCK_SLACK_MS)
      problems.push(['occurredAt', 'future']);
    for (const [field, error] of problems) {
      this.form.controls[field].setErrors({ [error]: true });
      this.form.controls[field].markAsTouched();
    }
    if (problems.length > 0 || !direction || !moment) return;
    this.submission.send(
      this.api.addCommunication(this.kind(), this.recordId(), {
        direction,
        channel,
        occurredAt: moment.toISOString(),
        subject: subject.trim(),
        summary: summary.trim() || null,
      }),
      {
        accepted: (communication) => {
          this.close();
          this.saved.emit(communication);
        },
      },
    );
  }
}
