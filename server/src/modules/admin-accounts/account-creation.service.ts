import { Injectable } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  type AdminAccountSummary,
  AuditEventKind,
  CommonErrorCode,
  type CreatedAccount,
  GdprErrorCode,
  Role,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { AccountDirectory } from '../accounts/account-directory';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { Tombstones } from '../gdpr/tombstones/tombstones';
import { PasswordLinks } from '../identity/password-links';
import { toMobileField } from '../sms/mobile-number';
import { Workspaces } from '../workspaces/workspaces';
import type { AdminActor } from './account-access.service';
import { toAdminAccountSummary } from './admin-account-summary';
import type { NewAccountDto } from './dto/new-account.dto';
import { TemporaryPasswords } from './temporary-passwords.service';

/**
 * An admin creates a client or staff account (IDV-8). With an e-mail address the person is
 * invited by mail — identifier and a 7-day password-set link — in the same transaction; no
 * password is ever sent by the firm (IDV-1). Or, seed 002's way (PWD-3), the account gets a
 * temporary password that the answer carries once, for the admin to hand over; nothing is mailed.
 */
@Injectable()
export class AccountCreation {
  constructor(
    private readonly accounts: Accounts,
    private readonly directory: AccountDirectory,
    private readonly workspaces: Workspaces,
    private readonly links: PasswordLinks,
    private readonly temporaryPasswords: TemporaryPasswords,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly tombstones: Tombstones,
  ) {}

  async create(actor: AdminActor, request: NewAccountDto): Promise<CreatedAccount> {
    const workspaceId = actor.session.workspaceId;
    const email = request.email?.trim().toLowerCase() || null;
    const mobile = request.mobile?.trim() ? toMobileField(request.mobile) : null;
    const accountManagerId = await this.managerOf(workspaceId, request);
    const taken = await this.accounts.findTaken(
      workspaceId,
      [request.accessCode],
      email ? [email] : [],
    );
    if (taken.accessCodes.size > 0) {
      throw new AppError(AdminAccountsErrorCode.AccessCodeTaken, 'This access code is taken', {
        accessCode: ['taken'],
      });
    }
    if (taken.emails.size > 0) {
      throw new AppError(AdminAccountsErrorCode.EmailTaken, 'This e-mail address is taken', {
        email: ['taken'],
      });
    }
    await this.refuseErased(workspaceId, { email, mobile });
    return this.transactions.run(async () => {
      const [id] = await this.accounts.addMany([
        {
          workspaceId,
          accessCode: request.accessCode,
          role: request.role,
          civility: request.civility ?? null,
          firstName: request.firstName?.trim() || null,
          lastName: request.lastName.trim(),
          email,
          mobile,
          passwordHash: null,
          passwordKind: null,
          accountManagerId,
          language: request.language ?? 'fr',
        },
      ]);
      await this.audit.record({
        kind: AuditEventKind.AccountCreated,
        outcome: 'success',
        workspaceId,
        actorId: actor.session.accountId,
        targetIds: { accountId: id! },
        ip: actor.ip,
      });
      const [account, workspace] = await Promise.all([
        this.accounts.findById(workspaceId, id!),
        this.workspaces.findById(workspaceId),
      ]);
      if (!account || !workspace) throw new Error('The account just created is not found');
      if (request.credential === 'temporary-password') {
        const temporaryPassword = await this.temporaryPasswords.issue(actor, account, workspace);
        return { ...(await this.summary(workspaceId, account.id)), temporaryPassword };
      }
      if (email) {
        await this.links.send({
          account,
          workspace,
          purpose: 'invitation',
          email,
          actorId: actor.session.accountId,
          ip: actor.ip,
        });
      }
      return { ...(await this.summary(workspaceId, account.id)), temporaryPassword: null };
    });
  }

  /**
   * GDPR-2: an admin does not silently re-create a person erased at their request, as the CRM
   * forms and the legacy import do not; the answer names each field that matched.
   */
  private async refuseErased(
    workspaceId: string,
    contact: { email: string | null; mobile: string | null },
  ): Promise<void> {
    const [byEmail, byMobile] = await Promise.all([
      contact.email ? this.tombstones.erasedBefore(workspaceId, { email: contact.email }) : null,
      contact.mobile ? this.tombstones.erasedBefore(workspaceId, { phone: contact.mobile }) : null,
    ]);
    const fields: Record<string, string[]> = {
      ...(byEmail ? { email: ['erased-before'] } : {}),
      ...(byMobile ? { mobile: ['erased-before'] } : {}),
    };
    const erasedAt = (byEmail ?? byMobile)?.erasedAt;
    if (erasedAt) {
      throw new AppError(
        GdprErrorCode.ErasedBefore,
        `This contact detail belongs to a person erased at their request on ` +
          `${erasedAt.toISOString().slice(0, 10)}: the account is not created`,
        fields,
      );
    }
  }

  private async summary(workspaceId: string, id: string): Promise<AdminAccountSummary> {
    const entry = await this.directory.entry(workspaceId, id);
    if (!entry) throw new Error('The account just created is not found');
    return toAdminAccountSummary(entry);
  }

  /** A client's account manager must be staff or an admin of the same firm (PARCEL-1). */
  private async managerOf(workspaceId: string, request: NewAccountDto): Promise<string | null> {
    if (!request.accountManagerId) return null;
    const invalid = (reason: string) =>
      new AppError(CommonErrorCode.ValidationFailed, 'Not a possible account manager', {
        accountManagerId: [reason],
      });
    if (request.role !== Role.Client) throw invalid('clients-only');
    const manager = await this.accounts.findById(workspaceId, request.accountManagerId);
    if (!manager || manager.role === Role.Client) throw invalid('invalid');
    return manager.id;
  }
}
