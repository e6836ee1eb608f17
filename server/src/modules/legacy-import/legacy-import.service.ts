import { Injectable } from '@nestjs/common';
import { AuditEventKind, PasswordKind, Role } from '@guichet/contracts';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { Transactions } from '../../core/database/transactions';
import { Accounts } from '../accounts/accounts';
import type { NewAccount } from '../accounts/new-account';
import { AuditLog } from '../audit/audit-log';
import { Tombstones } from '../gdpr/tombstones/tombstones';
import { Workspaces } from '../workspaces/workspaces';
import { readLegacyCsv } from './legacy-csv';
import { LegacyImportError } from './legacy-import-error';
import {
  type LegacyImportReport,
  type LegacyRejection,
  LegacyRejectionReason,
} from './legacy-import-report';
import { type LegacyAccount, checkLegacyRecord } from './legacy-line';

/** What to import where. */
export interface LegacyImportRequest {
  /** Slug of the workspace. */
  workspace: string;
  /** The CSV file's bytes. */
  csv: Buffer;
  /** Check and report only; write nothing. */
  dryRun: boolean;
}

const ERASED = LegacyRejectionReason.ErasedBefore;

/** Hashes asked for at once (PasswordHasher computes one per core at a time). */
const HASH_CONCURRENCY = 4;

/**
 * AUTH: loads clients of a previous system from a CSV file. Every line is checked on its own,
 * then against the other lines and the workspace (access code and e-mail unique); the lines
 * that pass are created in one transaction, so that a refusal of the database leaves nothing
 * half-imported. Legacy passwords are hashed with argon2id now; legacy hashes are kept as given.
 * Either way the user must migrate at the next sign-in (IDV-2).
 */
@Injectable()
export class LegacyImport {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly accounts: Accounts,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly tombstones: Tombstones,
  ) {}

  async run(request: LegacyImportRequest): Promise<LegacyImportReport> {
    const workspace = await this.workspaces.findBySlug(request.workspace);
    if (!workspace) throw new LegacyImportError(`No workspace "${request.workspace}"`);
    const records = readLegacyCsv(request.csv);
    const checked = records.map(checkLegacyRecord);
    const rejections = checked.flatMap((result) => result.rejections);
    const candidates = checked.flatMap((result) => (result.account ? [result.account] : []));
    rejections.push(...rejectDuplicates(candidates));
    rejections.push(...(await this.rejectTaken(workspace.id, candidates)));
    rejections.push(...(await this.rejectErased(workspace.id, candidates)));

    const rejectedLines = new Set(rejections.map((rejection) => rejection.line));
    const accepted = candidates.filter((account) => !rejectedLines.has(account.line));
    if (!request.dryRun && accepted.length > 0) await this.create(workspace.id, accepted);
    return {
      workspace: workspace.slug,
      dryRun: request.dryRun,
      lines: records.length,
      imported: accepted.length,
      rejectedLines: rejectedLines.size,
      rejections: rejections.sort((a, b) => a.line - b.line),
      passwords: passwordCounts(accepted),
    };
  }

  private async rejectTaken(
    workspaceId: string,
    candidates: LegacyAccount[],
  ): Promise<LegacyRejection[]> {
    const taken = await this.accounts.findTaken(
      workspaceId,
      candidates.map((account) => account.accessCode),
      candidates.flatMap((account) => (account.email ? [account.email] : [])),
    );
    return candidates.flatMap((account) => [
      ...(taken.accessCodes.has(account.accessCode)
        ? [{ line: account.line, field: 'access_code', reason: LegacyRejectionReason.Taken }]
        : []),
      ...(account.email && taken.emails.has(account.email)
        ? [{ line: account.line, field: 'email', reason: LegacyRejectionReason.Taken }]
        : []),
    ]);
  }

  /** Lines that would re-create a person erased from the workspace (GDPR-2). */
  private async rejectErased(
    workspaceId: string,
    candidates: LegacyAccount[],
  ): Promise<LegacyRejection[]> {
    const rejections: LegacyRejection[] = [];
    const erased = (contact: { email?: string | null; phone?: string | null }) =>
      this.tombstones.erasedBefore(workspaceId, contact);
    for (const account of candidates) {
      if (account.email && (await erased({ email: account.email }))) {
        rejections.push({ line: account.line, field: 'email', reason: ERASED });
      }
      if (account.mobile && (await erased({ phone: account.mobile }))) {
        rejections.push({ line: account.line, field: 'mobile', reason: ERASED });
      }
    }
    return rejections;
  }

  /** Hashes first, so that no transaction stays open while argon2 works. */
  private async create(workspaceId: string, accepted: LegacyAccount[]): Promise<void> {
    const hashes = await mapConcurrently(accepted, HASH_CONCURRENCY, (account) =>
      account.password === null
        ? Promise.resolve(null)
        : 'plain' in account.password
          ? this.hasher.hash(account.password.plain)
          : Promise.resolve(account.password.hash),
    );
    const rows: NewAccount[] = accepted.map(
      ({ line: _line, password: _password, ...account }, i) => ({
        ...account,
        workspaceId,
        role: Role.Client,
        passwordHash: hashes[i] ?? null,
        passwordKind: hashes[i] ? PasswordKind.Legacy : null,
      }),
    );
    try {
      await this.transactions.run(async () => {
        const ids = await this.accounts.addMany(rows);
        for (const accountId of ids) {
          await this.audit.record({
            kind: AuditEventKind.AccountImported,
            outcome: 'success',
            workspaceId,
            targetIds: { accountId },
          });
        }
      });
    } catch (error) {
      // E.g. an account created with the same access code since the check: nothing was written.
      throw new LegacyImportError(
        `The database refused the import, so nothing was imported: ${(error as Error).message}`,
      );
    }
  }
}

/** Every line whose access code or e-mail is also on another line. */
function rejectDuplicates(candidates: LegacyAccount[]): LegacyRejection[] {
  const rejections: LegacyRejection[] = [];
  for (const [field, key] of [
    ['access_code', (account: LegacyAccount) => account.accessCode],
    ['email', (account: LegacyAccount) => account.email],
  ] as const) {
    const lines = new Map<string, number[]>();
    for (const account of candidates) {
      const value = key(account);
      if (value) lines.set(value, [...(lines.get(value) ?? []), account.line]);
    }
    for (const same of lines.values()) {
      if (same.length < 2) continue;
      for (const line of same) {
        rejections.push({
          line,
          field,
          reason: LegacyRejectionReason.DuplicateInFile,
          otherLines: same.filter((other) => other !== line),
        });
      }
    }
  }
  return rejections;
}

function passwordCounts(accepted: LegacyAccount[]): LegacyImportReport['passwords'] {
  const counts: LegacyImportReport['passwords'] = { hashedNow: 0, keptHashes: {}, none: 0 };
  for (const { password } of accepted) {
    if (password === null) counts.none++;
    else if ('plain' in password) counts.hashedNow++;
    else counts.keptHashes[password.scheme] = (counts.keptHashes[password.scheme] ?? 0) + 1;
  }
  return counts;
}

async function mapConcurrently<T, R>(
  items: T[],
  lanes: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
    }),
  );
  return results;
}
