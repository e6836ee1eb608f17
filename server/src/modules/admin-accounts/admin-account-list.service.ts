import { Injectable } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  type AdminAccountPage,
  type AdminAccountSummary,
  CommonErrorCode,
} from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { AccountDirectory } from '../accounts/account-directory';
import { decodeAccountCursor, encodeAccountCursor } from './account-cursor';
import { toAdminAccountSummary } from './admin-account-summary';
import type { AdminAccountQueryDto } from './dto/admin-account-query.dto';

/** Accounts per page of the admin list. */
export const ACCOUNT_PAGE_SIZE = 50;
/** More words than this is not a search a person types. */
const MAX_SEARCH_WORDS = 8;

const invalid = (field: string, reason: string) =>
  new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', { [field]: [reason] });

/** The admin's list of the firm's accounts: search, filters and pages, within one workspace. */
@Injectable()
export class AdminAccountList {
  constructor(private readonly directory: AccountDirectory) {}

  /** One account of the workspace, as the list shows it; another firm's answers 404. */
  async one(workspaceId: string, id: string): Promise<AdminAccountSummary> {
    const entry = await this.directory.entry(workspaceId, id);
    if (!entry) {
      throw new AppError(
        AdminAccountsErrorCode.AccountNotFound,
        'No such account in this workspace',
      );
    }
    return toAdminAccountSummary(entry);
  }

  async page(workspaceId: string, query: AdminAccountQueryDto): Promise<AdminAccountPage> {
    const words = (query.search ?? '').split(/\s+/).filter((word) => word !== '');
    if (words.length > MAX_SEARCH_WORDS) throw invalid('search', 'tooManyWords');
    let after: string | undefined;
    if (query.cursor !== undefined) {
      after = decodeAccountCursor(query.cursor) ?? undefined;
      if (!after) throw invalid('cursor', 'invalidCursor');
    }
    const page = await this.directory.search({
      workspaceId,
      words,
      role: query.role,
      state: query.state,
      limit: ACCOUNT_PAGE_SIZE,
      after,
    });
    // A cursor of another workspace, or of an account erased since, cannot say where to go on.
    if (!page) throw invalid('cursor', 'invalidCursor');
    return {
      items: page.entries.map(toAdminAccountSummary),
      nextCursor: page.next && encodeAccountCursor(page.next),
    };
  }
}
