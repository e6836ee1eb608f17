import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  PASSWORD_COMPLIANCE_REASONS,
  type PasswordComplianceEntry,
  type PasswordComplianceReason,
  type PasswordComplianceReport,
} from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import type { Message } from '../../shared/problem-box/problem-box';
import { ROLE_KEYS } from '../accounts/account-wording';
import { openConfirmDialog } from '../confirm-dialog/confirm-dialog';
import { CHANGE_REASON_KEYS, MODE_NAME_KEYS, REASON_KEYS } from './compliance-wording';
import { PasswordComplianceApi } from './password-compliance-api';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loadingMore' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/**
 * `/admin/password-compliance`, « Niveau de sécurité mot de passe » (PWD-4, seed 002's
 * « Vérification de la stratégie des mots de passe »): exactly the accounts whose password is
 * below the workspace's current policy, each with its reasons (too old, older policy, weak,
 * temporary, never changed, legacy hash), filtered by reason; « réparation automatique » of one
 * account or all of them after a confirmation, which forces a change at their next sign-in.
 */
@Component({
  selector: 'app-password-compliance-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    LocalizedDatePipe,
  ],
  templateUrl: './password-compliance-page.html',
  styleUrl: './password-compliance-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordCompliancePage {
  private readonly api = inject(PasswordComplianceApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly reasons = PASSWORD_COMPLIANCE_REASONS;
  protected readonly reasonKeys = REASON_KEYS;
  protected readonly changeReasonKeys = CHANGE_REASON_KEYS;
  protected readonly modeKeys = MODE_NAME_KEYS;

  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly report = signal<PasswordComplianceReport | null>(null);
  protected readonly entries = signal<readonly PasswordComplianceEntry[]>([]);
  protected readonly filter = signal<PasswordComplianceReason | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly repairingAll = signal(false);
  protected readonly outcome = signal<Message | null>(null);
  /** Why something failed, and for whom when it was the repair of one account. */
  protected readonly problem = signal<{
    readonly reason: TranslationKey;
    readonly name?: string;
  } | null>(null);
  protected readonly totalKey = computed<TranslationKey>(() =>
    this.report()?.total === 1 ? 'admin.compliance.total.one' : 'admin.compliance.total.other',
  );

  constructor() {
    this.load();
  }

  protected load(cursor: string | null = null): void {
    this.state.set({ kind: cursor ? 'loadingMore' : 'loading' });
    this.api
      .report({ reason: this.filter() ?? undefined, cursor: cursor ?? undefined })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.report.set(report);
          this.entries.update((shown) => (cursor ? [...shown, ...report.items] : report.items));
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) => {
          if (cursor) {
            this.state.set({ kind: 'ready' });
            this.problem.set({ reason: errorMessageKey(error) });
          } else {
            this.state.set({ kind: 'failed', reason: errorMessageKey(error) });
          }
        },
      });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  protected chooseReason(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filter.set(value === '' ? null : (value as PasswordComplianceReason));
    this.load();
  }

  protected loadMore(): void {
    const cursor = this.report()?.nextCursor;
    if (cursor && this.state().kind === 'ready') this.load(cursor);
  }

  protected name(entry: PasswordComplianceEntry): string {
    return fullName(entry);
  }

  protected roleKey(entry: PasswordComplianceEntry): TranslationKey {
    return ROLE_KEYS[entry.role];
  }

  protected bits(entry: PasswordComplianceEntry): string {
    return entry.entropyBits === null ? '' : String(Math.round(entry.entropyBits));
  }

  protected repair(entry: PasswordComplianceEntry): void {
    if (this.busy().has(entry.id) || this.repairingAll()) return;
    const name = this.name(entry);
    openConfirmDialog(this.dialog, {
      title: { key: 'admin.compliance.confirm.one.title', params: { name } },
      message: { key: 'admin.compliance.confirm.one.message' },
      confirm: 'admin.compliance.repair',
    })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.repairOne(entry, name);
      });
  }

  protected repairAll(): void {
    const total = this.report()?.total ?? 0;
    if (total === 0 || this.repairingAll()) return;
    openConfirmDialog(this.dialog, {
      title: {
        key:
          total === 1
            ? 'admin.compliance.confirm.all.title.one'
            : 'admin.compliance.confirm.all.title.other',
        params: { count: total },
      },
      message: { key: 'admin.compliance.confirm.all.message' },
      confirm: 'admin.compliance.repairAll',
    })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.repairEveryone();
      });
  }

  private repairOne(entry: PasswordComplianceEntry, name: string): void {
    this.busy.update((ids) => new Set(ids).add(entry.id));
    this.outcome.set(null);
    this.problem.set(null);
    this.api
      .repair(entry.id)
      .pipe(
        finalize(() =>
          this.busy.update((ids) => new Set([...ids].filter((id) => id !== entry.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.entries.update((all) =>
            all.map((e) => (e.id === entry.id ? { ...e, changeRequired: 'repair' } : e)),
          );
          this.outcome.set({ key: 'admin.compliance.done.one', params: { name } });
        },
        error: (error: unknown) => this.problem.set({ name, reason: errorMessageKey(error) }),
      });
  }

  private repairEveryone(): void {
    this.repairingAll.set(true);
    this.outcome.set(null);
    this.problem.set(null);
    this.api
      .repairAll()
      .pipe(
        finalize(() => this.repairingAll.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ repaired }) => {
          this.outcome.set({
            key:
              repaired === 1 ? 'admin.compliance.done.all.one' : 'admin.compliance.done.all.other',
            params: { count: repaired },
          });
          this.load();
        },
        error: (error: unknown) => this.problem.set({ reason: errorMessageKey(error) }),
      });
  }
}
