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
import {
  AdminAccountsErrorCode,
  type AdminAccountSummary,
  Civility,
  CommonErrorCode,
  type Language,
  type NewAccountRequest,
  type PersonRef,
  Role,
  SmsErrorCode,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LANGUAGE_OPTIONS, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { mobileNumber } from '../../shared/forms/validators';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { NewAccountApi } from './new-account-api';

/** The field an error code of the API is about. */
const FIELD_OF_CODE: Readonly<Partial<Record<string, 'accessCode' | 'email' | 'mobile'>>> = {
  [AdminAccountsErrorCode.AccessCodeTaken]: 'accessCode',
  [AdminAccountsErrorCode.EmailTaken]: 'email',
  [SmsErrorCode.InvalidPhoneNumber]: 'mobile',
};

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

/**
 * `/admin/accounts/new` (IDV-8): a client or staff account. With an e-mail the person receives
 * their identifier and a 7-day password-set link; no password is ever chosen here (IDV-1).
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
    TranslatePipe,
    ProblemBox,
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
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });

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
    };
    this.pending.set(true);
    this.problem.set(null);
    this.outcome.set(null);
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

  private created(account: AdminAccountSummary): void {
    this.outcome.set(
      account.email
        ? { key: 'admin.newAccount.invited', params: { email: account.email } }
        : { key: 'admin.newAccount.created', params: { code: account.accessCode } },
    );
    // Ready for the next one, in the same role and language, without flagging emptied fields.
    const { role, language } = this.form.getRawValue();
    this.formDirective().resetForm({ ...this.form.getRawValue(), ...BLANK, role, language });
  }

  private fail(error: unknown): void {
    const body = errorBodyOf(error);
    applyServerFieldErrors(this.form, body);
    // A code about one field says more than the generic `taken` or `invalid` listed for it.
    const field = body ? FIELD_OF_CODE[body.code] : undefined;
    if (field) {
      this.form.controls[field].setErrors({ server: `errors.${body?.code}` });
      this.form.controls[field].markAsTouched();
    }
    this.problem.set({
      key:
        body?.code === CommonErrorCode.ValidationFailed
          ? 'errors.COMMON_VALIDATION_FAILED'
          : errorMessageKey(error),
    });
    this.problemBox().focus();
  }
}
