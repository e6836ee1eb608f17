import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  type NewParcelRequest,
  type ParcelDetail,
  ParcelErrorCode,
  type ParcelOptions,
  type PersonRef,
  Role,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { SessionStore } from '../../core/session/session-store';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import {
  type ExpiryBounds,
  chosenExpiry,
  expiryBounds,
  expiryWithin,
  renameExpiry,
} from '../expiry-choice';
import { FileSizePipe } from '../parcel-pipes';
import { ParcelsApi } from '../parcels-api';
import { ExpiryField } from '../expiry-field';
import { FileDropZone } from './file-drop-zone';
import { RecipientPicker } from './recipient-picker';
import { UploadQueue } from './upload-queue';
import { UploadList } from './upload-list';

/** Longest subject and note the form accepts (the server checks them too). */
export const SUBJECT_MAX_LENGTH = 200;
export const NOTE_MAX_LENGTH = 10_000;

type OptionsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready'; readonly options: ParcelOptions };

/**
 * `/parcels/new` (PARCEL-1, PARCEL-5): the parcel's subject, note, recipients and expiry make a
 * draft; then its documents are uploaded one request each, with a progress bar per file; Send is
 * offered once at least one is stored and none is on its way. A client names no recipient: the
 * parcel goes to their account manager, or cannot be sent while they have none.
 */
@Component({
  selector: 'app-send-parcel-page',
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
    LocalizedDatePipe,
    FileSizePipe,
    ProblemBox,
    RecipientPicker,
    FileDropZone,
    UploadList,
    ExpiryField,
  ],
  providers: [UploadQueue],
  templateUrl: './send-parcel-page.html',
  styleUrl: './send-parcel-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendParcelPage {
  private readonly api = inject(ParcelsApi);
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly queue = inject(UploadQueue);
  private readonly filesHeading = viewChild<ElementRef<HTMLElement>>('filesHeading');

  protected readonly subjectMax = SUBJECT_MAX_LENGTH;
  protected readonly noteMax = NOTE_MAX_LENGTH;
  protected readonly isClient = inject(SessionStore).role() === Role.Client;

  protected readonly state = signal<OptionsState>({ kind: 'loading' });
  protected readonly options = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.options : null;
  });
  protected readonly failureReason = computed<TranslationKey>(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  });
  /** A client without an account manager: nobody to send to. */
  protected readonly blocked = computed(
    () => this.isClient && this.options() !== null && this.options()?.accountManager === null,
  );
  protected readonly bounds = computed<ExpiryBounds | null>(() => {
    const options = this.options();
    if (!options) return null;
    return expiryBounds(options);
  });

  protected readonly form = this.fb.group({
    subject: ['', [Validators.required, Validators.maxLength(SUBJECT_MAX_LENGTH)]],
    note: ['', Validators.maxLength(NOTE_MAX_LENGTH)],
    expiresOn: ['', [Validators.required, expiryWithin(() => this.bounds())]],
  });
  protected readonly recipients = signal<readonly PersonRef[]>([]);
  protected readonly submitted = signal(false);
  protected readonly creating = signal(false);
  protected readonly sending = signal(false);
  protected readonly problem = signal<Message | null>(null);
  /** The draft, once created: its details are then fixed and documents may be added. */
  protected readonly draft = signal<ParcelDetail | null>(null);
  protected readonly canSend = computed(
    () => this.queue.storedCount() > 0 && !this.queue.busy() && !this.sending(),
  );
  protected readonly noticeText = computed(() => {
    const notice = this.queue.notice();
    if (!notice) return '';
    const reason = notice.reason ? this.translator.t(notice.reason) : '';
    return this.translator.t(notice.key, { name: notice.name, reason });
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .options()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (options) => {
          this.queue.configure(options);
          this.state.set({ kind: 'ready', options });
          const { expiresOn } = this.form.controls;
          if (!expiresOn.value) expiresOn.setValue(this.bounds()?.default ?? '');
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected errorKey(control: AbstractControl): TranslationKey {
    return controlErrorKey(control);
  }

  /** "Continue": the draft is created with these details, then documents may be added. */
  protected createDraft(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    const options = this.options();
    const needsRecipients = !this.isClient && this.recipients().length === 0;
    if (!options || this.form.invalid || needsRecipients || this.creating()) return;
    this.problem.set(null);
    this.creating.set(true);
    this.api
      .create(this.request(options))
      .pipe(
        finalize(() => this.creating.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (draft) => {
          this.draft.set(draft);
          this.queue.attach(draft.id);
          afterNextRender(
            { write: () => this.filesHeading()?.nativeElement.focus() },
            { injector: this.injector },
          );
        },
        error: (error: unknown) => {
          const body = errorBodyOf(error);
          if (body?.code === ParcelErrorCode.NoAccountManager && options) {
            this.state.set({ kind: 'ready', options: { ...options, accountManager: null } });
            return;
          }
          const fields = body?.fields;
          const named = applyServerFieldErrors(this.form, {
            code: body?.code ?? '',
            message: '',
            ...(fields ? { fields: renameExpiry(fields) } : {}),
          });
          if (!named) this.problem.set({ key: errorMessageKey(error) });
        },
      });
  }

  /** "Send": the recipients see it and are notified; then its page. */
  protected send(): void {
    const draft = this.draft();
    if (!draft || !this.canSend()) return;
    this.problem.set(null);
    this.sending.set(true);
    this.api
      .send(draft.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => void this.router.navigate(['/parcels', draft.id], { replaceUrl: true }),
        error: (error: unknown) => {
          this.sending.set(false);
          this.problem.set({ key: errorMessageKey(error) });
        },
      });
  }

  private request(options: ParcelOptions): NewParcelRequest {
    const { subject, note, expiresOn } = this.form.getRawValue();
    const request: NewParcelRequest = { subject: subject.trim() };
    if (note.trim()) request.note = note;
    if (!this.isClient) request.recipientIds = this.recipients().map((person) => person.id);
    const expiresAt = chosenExpiry(expiresOn, options);
    if (expiresAt) request.expiresAt = expiresAt;
    return request;
  }
}
