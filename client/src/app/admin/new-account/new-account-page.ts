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
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  AdminAccountsErrorCode,
  Civility,
  CommonErrorCode,
  type CreatedAccount,
  GdprErrorCode,
  type Language,
  type NewAccountCredential,
  type NewAccountRequest,
  type PersonRef,
  Role,
  SmsErrorCode,
  type TemporaryPassword,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import {
  LANGUAGE_OPTIONS,
  LocalizedDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { mobileNumber } from '../../shared/forms/validators';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { OneTimeSecret } from '../one-time-secret/one-time-secret';
import { NewAccountApi } from './new-account-api';

/** The field an error code of the API is about. */
const FIELD_OF_CODE: Readonly<Partial<Record<string, 'accessCode' | 'email' | 'mobile'>>> = {
  [AdminAccountsErrorCode.AccessCodeTaken]: 'accessCode',
  [AdminAccountsErrorCode.EmailTaken]: 'email',
  [SmsErrorCode.InvalidPhoneNumber]: 'mobile',
};

/** The fields that can match the tombstone of a person erased at their request (GDPR-2). */
const ERASED_FIELDS = ['email', 'mobile'] as const;

/** The fields a new account starts from. */
const BLANK = {
  accessCode: '',
  civility: '' as const,
  firstName: '',
  lastName: '',
  email: '',
  mobile: '',
  accountManagerId: '',
};

const ROLE_KEYS: Readonly<Record<Role, TranslationKey>> = {
  [Role.Client]: 'admin.newAccount.role.client',
  [Role.Staff]: 'admin.newAccount.role.staff',
  [Role.Admin]: 'admin.newAccount.role.admin',
};

/** A temporary password just answered for the account created, shown once. */
interface IssuedPassword {
  readonly name: string;
  readonly code: string;
  readonly password: TemporaryPassword;
}

/**
 * `/admin/accounts/new` (IDV-8, PWD-3): a client or staff account, whose first password comes
 * either from an invitation (with an e-mail, the person receives their identifier and a 7-day
 * password-set link) or from a random temporary password that the server answers once: shown
 * here with a copy button, to hand over by the admin, and changed at the first sign-in. The
 * admin never chooses a password (IDV-1).
 */
@Component({
  selector: 'app-new-account-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    LocalizedDatePipe,
    ProblemBox,
    OneTimeSecret,
  ],
  templateUrl: './new-account-page.html',
  styleUrl: './new-account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewAccountPage {
  private readonly api = inject(NewAccountApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly problemBox = viewChild.required(ProblemBox);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly roles = [Role.Client, Role.Staff, Role.Admin];
  protected readonly civilities = [Civility.Mr, Civility.Mrs];
  protected readonly languages = Object.values(LANGUAGE_OPTIONS);
  protected readonly errorOf = controlErrorKey;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    role: this.fb.control<Role>(Role.Client),
    accessCode: ['', [Validators.required, Validators.maxLength(64)]],
    civility: this.fb.control<Civility | ''>(''),
    firstName: ['', Validators.maxLength(100)],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    mobile: ['', mobileNumber],
    accountManagerId: [''],
    language: this.fb.control<Language>('fr'),
    credential: this.fb.control<NewAccountCredential>('invitation'),
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly credential = toSignal(this.form.controls.credential.valueChanges, {
    initialValue: this.form.controls.credential.value,
  });
  protected readonly issued = signal<IssuedPassword | null>(null);

  protected readonly managers = signal<readonly PersonRef[]>([]);
  protected readonly pending = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly outcome = signal<Message | null>(null);
  protected readonly canSubmit = computed(() => this.status() === 'VALID' && !this.pending());

  constructor() {
    this.api
      .accountManagers()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (page) =>
          this.managers.set(
            page.items.map((account) => ({
              id: account.id,
              name: [account.firstName, account.lastName].filter(Boolean).join(' '),
            })),
          ),
        // Without the list the account is created without a manager; an admin can assign one later.
        error: () => this.managers.set([]),
      });
  }

  protected roleKey(role: Role): TranslationKey {
    return ROLE_KEYS[role];
  }

  protected civilityKey(civility: Civility): TranslationKey {
    return `person.civility.${civility}`;
  }

  protected submit(): void {
    if (!this.canSubmit()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const optional = (text: string) => (text.trim() === '' ? null : text.trim());
    const request: NewAccountRequest = {
      role: value.role,
      accessCode: value.accessCode.trim(),
      civility: value.civility === '' ? null : value.civility,
      firstName: optional(value.firstName),
      lastName: value.lastName.trim(),
      email: optional(value.email),
      mobile: optional(value.mobile),
      accountManagerId: value.role === Role.Client ? optional(value.accountManagerId) : null,
      language: value.language,
      credential: value.credential,
    };
    this.pending.set(true);
    this.problem.set(null);
    this.outcome.set(null);
    this.issued.set(null);
    this.api
      .create(request)
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (account) => this.created(account),
        error: (error: unknown) => this.fail(error),
      });
  }

  protected forgetIssued(): void {
    this.issued.set(null);
  }

  private created(account: CreatedAccount): void {
    const { temporaryPassword } = account;
    if (temporaryPassword) {
      this.outcome.set({
        key: 'admin.newAccount.createdTemporary',
        params: { code: account.accessCode },
      });
      this.issued.set({
        name: fullName(account),
        code: account.accessCode,
        password: temporaryPassword,
      });
    } else {
      this.outcome.set(
        account.email
          ? { key: 'admin.newAccount.invited', params: { email: account.email } }
          : { key: 'admin.newAccount.created', params: { code: account.accessCode } },
      );
    }
    // Ready for the next one, in the same role, language and way, without flagging emptied fields.
    const { role, language, credential } = this.form.getRawValue();
    this.formDirective().resetForm({
      ...this.form.getRawValue(),
      ...BLANK,
      role,
      language,
      credential,
    });
  }

  private fail(error: unknown): void {
    const body = errorBodyOf(error);
    applyServerFieldErrors(this.form, body);
    // A code about one field says more than the generic `taken` or `invalid` listed for it.
    const field = body ? FIELD_OF_CODE[body.code] : undefined;
    if (field) this.flag(field, `errors.${body?.code}`);
    if (body?.code === GdprErrorCode.ErasedBefore) {
      // GDPR-2: the e-mail, the mobile or both are those of a person erased at their request.
      for (const erased of ERASED_FIELDS.filter((name) => body.fields?.[name])) {
        this.flag(erased, `admin.newAccount.erasedBefore.${erased}`);
      }
    }
    this.problem.set({
      key:
        body?.code === CommonErrorCode.ValidationFailed
          ? 'errors.COMMON_VALIDATION_FAILED'
          : body?.code === GdprErrorCode.ErasedBefore
            ? 'admin.newAccount.erasedBefore'
            : errorMessageKey(error),
    });
    this.problemBox().focus();
  }

  /** Shows the server's verdict under one field, at once. */
  private flag(field: 'accessCode' | 'email' | 'mobile', key: string): void {
    this.form.controls[field].setErrors({ server: key });
    this.form.controls[field].markAsTouched();
  }
}
