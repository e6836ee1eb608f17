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
  type AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  API_KEY_DEFAULT_LIFETIME_DAYS,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type ApiKeyState,
  type ApiKeySummary,
  type CreatedApiKey,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { openConfirmDialog } from '../confirm-dialog/confirm-dialog';
import { OneTimeSecret } from '../one-time-secret/one-time-secret';
import { ApiKeysApi } from './api-keys-api';

const SCOPE_KEYS: Readonly<Record<ApiKeyScope, TranslationKey>> = {
  'gdpr:read': 'admin.apiKeys.scope.gdpr:read',
  'gdpr:write': 'admin.apiKeys.scope.gdpr:write',
  'crm:read': 'admin.apiKeys.scope.crm:read',
  'crm:write': 'admin.apiKeys.scope.crm:write',
};

const STATE_KEYS: Readonly<Record<ApiKeyState, TranslationKey>> = {
  active: 'admin.apiKeys.state.active',
  expired: 'admin.apiKeys.state.expired',
  revoked: 'admin.apiKeys.state.revoked',
};

/**
 * Lifetimes offered for a new key, in days (PWD-6: every key expires; the server allows up to
 * one year).
 */
const LIFETIMES = [30, API_KEY_DEFAULT_LIFETIME_DAYS, 180, 365] as const;
type Lifetime = (typeof LIFETIMES)[number];

const DAY_MS = 24 * 3_600_000;

/** At least one scope ticked. */
function someScope(group: AbstractControl): ValidationErrors | null {
  return Object.values(group.value as Record<string, boolean>).some(Boolean)
    ? null
    : { noScope: true };
}

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/**
 * `/admin/api-keys` (PWD-6, seed 002's « clé cryptée » for the CRM / ERP link): the workspace's
 * integration keys with their prefix, scopes, expiry, last use and state; a new key, named and
 * scoped, whose secret is shown once with a copy button (the server keeps only its hash); and
 * revocation after a confirmation. Keys do not depend on any user's password, so the
 * synchronisation survives password changes.
 */
@Component({
  selector: 'app-api-keys-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    LocalizedDatePipe,
    ProblemBox,
    OneTimeSecret,
  ],
  templateUrl: './api-keys-page.html',
  styleUrl: './api-keys-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeysPage {
  private readonly api = inject(ApiKeysApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly problemBox = viewChild(ProblemBox);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly scopes = API_KEY_SCOPES;
  protected readonly scopeKeys = SCOPE_KEYS;
  protected readonly stateKeys = STATE_KEYS;
  protected readonly lifetimes = LIFETIMES;
  protected readonly errorOf = controlErrorKey;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    scopes: this.fb.group(
      Object.fromEntries(API_KEY_SCOPES.map((scope) => [scope, false])) as Record<
        ApiKeyScope,
        boolean
      >,
      { validators: someScope },
    ),
    lifetime: this.fb.control<Lifetime>(API_KEY_DEFAULT_LIFETIME_DAYS),
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly keys = signal<readonly ApiKeySummary[]>([]);
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly creating = signal(false);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Message | null>(null);
  protected readonly canCreate = computed(() => this.status() === 'VALID' && !this.creating());
  /** Active keys made before an expiry became mandatory: they work until revoked. */
  protected readonly someWithoutExpiry = computed(() =>
    this.keys().some((key) => key.state === 'active' && key.expiresAt === null),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (keys) => {
          this.keys.set(keys);
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  protected lifetimeKey(lifetime: Lifetime): TranslationKey {
    return `admin.apiKeys.lifetime.${lifetime}`;
  }

  protected create(): void {
    if (!this.canCreate()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, scopes, lifetime } = this.form.getRawValue();
    this.creating.set(true);
    this.outcome.set(null);
    this.problem.set(null);
    this.created.set(null);
    this.api
      .create({
        name: name.trim(),
        scopes: API_KEY_SCOPES.filter((scope) => scopes[scope]),
        expiresAt: new Date(Date.now() + lifetime * DAY_MS).toISOString(),
      })
      .pipe(
        finalize(() => this.creating.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (created) => {
          this.created.set(created);
          this.keys.update((keys) => [created.key, ...keys]);
          this.formDirective()?.resetForm({
            name: '',
            scopes: Object.fromEntries(API_KEY_SCOPES.map((scope) => [scope, false])),
            lifetime,
          });
        },
        error: (error: unknown) => {
          const body = errorBodyOf(error);
          applyServerFieldErrors(this.form, body);
          this.problem.set({ key: errorMessageKey(error) });
          this.problemBox()?.focus();
        },
      });
  }

  protected forgetSecret(): void {
    this.created.set(null);
  }

  protected revoke(key: ApiKeySummary): void {
    if (this.busy().has(key.id)) return;
    openConfirmDialog(this.dialog, {
      title: { key: 'admin.apiKeys.confirm.title', params: { name: key.name } },
      message: { key: 'admin.apiKeys.confirm.message' },
      confirm: 'admin.apiKeys.revoke',
    })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.revokeNow(key);
      });
  }

  private revokeNow(key: ApiKeySummary): void {
    this.busy.update((ids) => new Set(ids).add(key.id));
    this.outcome.set(null);
    this.problem.set(null);
    this.api
      .revoke(key.id)
      .pipe(
        finalize(() => this.busy.update((ids) => new Set([...ids].filter((id) => id !== key.id)))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          const now = new Date().toISOString();
          this.keys.update((keys) =>
            keys.map((k) => (k.id === key.id ? { ...k, state: 'revoked', revokedAt: now } : k)),
          );
          this.outcome.set({ key: 'admin.apiKeys.done.revoke', params: { name: key.name } });
        },
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }
}
