import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  type NewSecureMessageRequest,
  type ParcelOptions,
  SECURE_MESSAGE_MAX_RECIPIENTS,
  type SentSecureMessage,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import {
  chosenExpiry,
  expiryBounds,
  expiryWithin,
  renameExpiry,
} from '../../parcels/expiry-choice';
import { ParcelsApi } from '../../parcels/parcels-api';
import { ExpiryField } from '../../parcels/expiry-field';
import { FileDropZone } from '../../parcels/send-parcel/file-drop-zone';
import { UploadList } from '../../parcels/send-parcel/upload-list';
import { UploadQueue } from '../../parcels/send-parcel/upload-queue';
import { SecureMessagesApi } from '../secure-messages-api';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Addresses typed one per line or separated by commas/semicolons: trimmed, lower-cased, unique. */
export function parseAddresses(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

function addressesValid(control: AbstractControl<string>): ValidationErrors | null {
  const list = parseAddresses(control.value);
  if (list.length === 0) return null;
  if (list.length > SECURE_MESSAGE_MAX_RECIPIENTS) return { tooManyAddresses: true };
  return list.every((a) => EMAIL.test(a)) ? null : { badAddress: true };
}

/**
 * `/messages/new` (PARCEL-8): a secure message to external addresses. Subject, text and
 * addresses make a draft; attachments then go through the parcel upload queue (progress per
 * file, limits, antivirus); Send mails each address its notice with a personal link.
 */
@Component({
  selector: 'app-compose-message-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    ProblemBox,
    FileDropZone,
    UploadList,
    ExpiryField,
  ],
  providers: [UploadQueue],
  templateUrl: './compose-message-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComposeMessagePage {
  private readonly api = inject(SecureMessagesApi);
  private readonly parcels = inject(ParcelsApi);
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly queue = inject(UploadQueue);

  /** The firm's expiry default and maximum, which messages share with parcels. */
  protected readonly limits = signal<ParcelOptions | null>(null);
  protected readonly bounds = computed(() => {
    const limits = this.limits();
    return limits ? expiryBounds(limits) : null;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    recipients: ['', [Validators.required, addressesValid]],
    subject: ['', [Validators.required, Validators.maxLength(200)]],
    body: ['', [Validators.required, Validators.maxLength(20_000)]],
    expiresOn: ['', expiryWithin(() => this.bounds())],
  });
  protected readonly draft = signal<SentSecureMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly canSend = computed(() => !this.queue.busy() && !this.busy());
  protected readonly noticeText = computed(() => {
    const notice = this.queue.notice();
    if (!notice) return '';
    const reason = notice.reason ? this.translator.t(notice.reason) : '';
    return this.translator.t(notice.key, { name: notice.name, reason });
  });

  constructor() {
    this.parcels
      .options()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (options) => {
          this.queue.configure(options);
          this.limits.set(options);
          const { expiresOn } = this.form.controls;
          if (!expiresOn.value) expiresOn.setValue(this.bounds()?.default ?? '');
        },
        // Without them the upload queue keeps its own limits and the server applies the default.
        error: () => undefined,
      });
  }

  protected errorKey(control: AbstractControl): TranslationKey {
    if (control.hasError('badAddress')) return 'messages.compose.recipients.invalid';
    if (control.hasError('tooManyAddresses')) return 'messages.compose.recipients.tooMany';
    return controlErrorKey(control);
  }

  protected createDraft(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.problem.set(null);
    this.busy.set(true);
    this.api
      .create(this.request())
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (draft) => {
          this.draft.set(draft);
          this.queue.attach(draft.id);
        },
        error: (error: unknown) => {
          const body = errorBodyOf(error);
          const named =
            body?.fields &&
            applyServerFieldErrors(this.form, {
              code: body.code,
              message: '',
              fields: renameExpiry(body.fields),
            });
          if (!named) this.problem.set({ key: errorMessageKey(error) });
        },
      });
  }

  private request(): NewSecureMessageRequest {
    const { recipients, subject, body, expiresOn } = this.form.getRawValue();
    const request: NewSecureMessageRequest = {
      recipients: parseAddresses(recipients),
      subject: subject.trim(),
      body,
    };
    const limits = this.limits();
    const expiresAt = limits ? chosenExpiry(expiresOn, limits) : undefined;
    if (expiresAt) request.expiresAt = expiresAt;
    return request;
  }

  protected send(): void {
    const draft = this.draft();
    if (!draft || !this.canSend()) return;
    this.problem.set(null);
    this.busy.set(true);
    this.api
      .send(draft.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => void this.router.navigate(['/messages'], { replaceUrl: true }),
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set({ key: errorMessageKey(error) });
        },
      });
  }
}
