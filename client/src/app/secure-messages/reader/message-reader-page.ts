import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  type ReceivedSecureMessage,
  SecureMessageErrorCode,
  type SecureMessageLanding,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe } from '../../core/i18n';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { FileSizePipe } from '../../parcels/parcel-pipes';
import { SecureMessagesApi } from '../secure-messages-api';

type ReaderState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'landing'; readonly landing: SecureMessageLanding }
  | { readonly kind: 'code'; readonly landing: SecureMessageLanding; readonly minutes: number }
  | { readonly kind: 'message'; readonly message: ReceivedSecureMessage }
  | { readonly kind: 'gone' }
  | { readonly kind: 'notFound' };

/**
 * `/m/:token` (PARCEL-8, OTP-3, seed 004): the personal link of a secure message. It shows the
 * sender and the subject with « Recevoir un code »; the code mailed to the address opens a
 * recipient session (12 hours on a private computer), then the message: its text and its
 * attachments, to download only. A session already open for the address skips the code.
 */
@Component({
  selector: 'app-message-reader-page',
  imports: [
    ReactiveFormsModule,
    MatAnchor,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    LocalizedDatePipe,
    FileSizePipe,
    ProblemBox,
  ],
  templateUrl: './message-reader-page.html',
  styleUrl: './message-reader-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageReaderPage implements OnInit {
  private readonly api = inject(SecureMessagesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  private readonly route = inject(ActivatedRoute);
  /** The route's `:token`: the personal link. */
  private readonly token = (): string => this.route.snapshot.paramMap.get('token') ?? '';

  protected readonly state = signal<ReaderState>({ kind: 'loading' });
  protected readonly busy = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly form = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(/^\d{6}$/)]],
    privateComputer: [false],
  });

  ngOnInit(): void {
    this.api
      .landing(this.token())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (landing) =>
          landing.signedIn ? this.open() : this.state.set({ kind: 'landing', landing }),
        error: (error: unknown) => this.fail(error),
      });
  }

  attachmentUrl(documentId: string): string {
    return this.api.attachmentUrl(this.token(), documentId);
  }

  /** « Recevoir un code ». */
  protected requestCode(): void {
    const current = this.state();
    if (current.kind !== 'landing' && current.kind !== 'code') return;
    this.problem.set(null);
    this.busy.set(true);
    this.api
      .requestCode(this.token())
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (sent) =>
          this.state.set({ kind: 'code', landing: current.landing, minutes: sent.validMinutes }),
        error: (error: unknown) => this.fail(error),
      });
  }

  protected submitCode(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const { code, privateComputer } = this.form.getRawValue();
    this.problem.set(null);
    this.busy.set(true);
    this.api
      .openSession(this.token(), { code, privateComputer })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.open(),
        error: (error: unknown) => this.fail(error),
      });
  }

  private open(): void {
    this.api
      .read(this.token())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (message) => this.state.set({ kind: 'message', message }),
        error: (error: unknown) => this.fail(error),
      });
  }

  private fail(error: unknown): void {
    const code = errorBodyOf(error)?.code;
    if (code === SecureMessageErrorCode.Gone) {
      this.state.set({ kind: 'gone' });
    } else if (code === SecureMessageErrorCode.NotFound) {
      this.state.set({ kind: 'notFound' });
    } else if (this.state().kind === 'loading') {
      this.state.set({ kind: 'notFound' });
    } else {
      this.problem.set({ key: errorMessageKey(error) });
    }
  }
}
