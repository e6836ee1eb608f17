import { Injectable } from '@nestjs/common';
import {
  API_KEY_DEFAULT_LIFETIME_DAYS,
  API_KEY_MAX_LIFETIME_DAYS,
  type ApiKeySummary,
  AuditEventKind,
  CommonErrorCode,
  type CreatedApiKey,
  IntegrationErrorCode,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import type { AdminActor } from '../admin-accounts/account-access.service';
import { AuditLog } from '../audit/audit-log';
import { type ApiKey, newApiKeySecret, stateOf } from './api-key';
import { ApiKeyRepository } from './api-key.repository';
import type { NewApiKeyDto } from './dto/new-api-key.dto';

/** Active keys a workspace may hold: enough for every integration, few enough to review. */
export const MAX_ACTIVE_API_KEYS = 20;
const DAY_MS = 24 * 3_600_000;

const notFound = () =>
  new AppError(IntegrationErrorCode.KeyNotFound, 'No such API key in this workspace');

/**
 * The admin's integration keys (PWD-6): created with scopes and an expiry (mandatory since keys
 * must expire; older keys without one work until revoked), the secret answered once, revoked at
 * any time. Each creation and revocation is audited.
 */
@Injectable()
export class ApiKeys {
  constructor(
    private readonly repository: ApiKeyRepository,
    private readonly accounts: Accounts,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async list(workspaceId: string): Promise<ApiKeySummary[]> {
    const keys = await this.repository.list(workspaceId);
    return this.summaries(workspaceId, keys);
  }

  async create(actor: AdminActor, request: NewApiKeyDto): Promise<CreatedApiKey> {
    const { workspaceId, accountId } = actor.session;
    const now = new Date();
    const name = request.name.trim();
    // PWD-6: every new key expires; a leaked one stops working by itself some day.
    const expiresAt = request.expiresAt
      ? new Date(request.expiresAt)
      : new Date(now.getTime() + API_KEY_DEFAULT_LIFETIME_DAYS * DAY_MS);
    const fields: Record<string, string[]> = {};
    if (!name) fields.name = ['isNotEmpty'];
    if (expiresAt.getTime() <= now.getTime()) fields.expiresAt = ['past'];
    if (expiresAt.getTime() - now.getTime() > API_KEY_MAX_LIFETIME_DAYS * DAY_MS) {
      fields.expiresAt = ['tooFar'];
    }
    if (Object.keys(fields).length > 0) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', fields);
    }
    const { secret, prefix, secretHash } = newApiKeySecret();
    const id = await this.transactions.run(async () => {
      if ((await this.repository.countActive(workspaceId, now)) >= MAX_ACTIVE_API_KEYS) {
        throw new AppError(IntegrationErrorCode.TooManyKeys, 'Revoke a key first');
      }
      const created = await this.repository.add({
        workspaceId,
        name,
        prefix,
        secretHash,
        scopes: [...request.scopes],
        expiresAt,
        createdBy: accountId,
      });
      await this.record(AuditEventKind.ApiKeyCreated, actor, created);
      return created;
    });
    return { key: await this.one(workspaceId, id), secret };
  }

  /** Revokes a key; revoking one already revoked changes nothing. */
  async revoke(actor: AdminActor, id: string): Promise<ApiKeySummary> {
    const { workspaceId, accountId } = actor.session;
    await this.transactions.run(async () => {
      if (await this.repository.revoke(workspaceId, id, accountId)) {
        await this.record(AuditEventKind.ApiKeyRevoked, actor, id);
      }
    });
    return this.one(workspaceId, id);
  }

  private async one(workspaceId: string, id: string): Promise<ApiKeySummary> {
    const key = await this.repository.findById(workspaceId, id);
    if (!key) throw notFound();
    const [summary] = await this.summaries(workspaceId, [key]);
    return summary!;
  }

  private async summaries(workspaceId: string, keys: ApiKey[]): Promise<ApiKeySummary[]> {
    const creators = keys.flatMap((key) => (key.createdBy ? [key.createdBy] : []));
    const names = await this.accounts.namesOf(workspaceId, creators);
    const now = new Date();
    return keys.map((key) => {
      const creator = key.createdBy ? names.get(key.createdBy) : undefined;
      return {
        id: key.id,
        name: key.name,
        prefix: key.prefix,
        scopes: key.scopes,
        state: stateOf(key, now),
        createdAt: key.createdAt.toISOString(),
        createdBy: creator ? { id: creator.id, name: displayName(creator) } : null,
        expiresAt: key.expiresAt?.toISOString() ?? null,
        lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
        revokedAt: key.revokedAt?.toISOString() ?? null,
      };
    });
  }

  private record(kind: AuditEventKind, actor: AdminActor, apiKeyId: string): Promise<void> {
    return this.audit.record({
      kind,
      outcome: 'success',
      workspaceId: actor.session.workspaceId,
      actorId: actor.session.accountId,
      targetIds: { apiKeyId },
      ip: actor.ip,
    });
  }
}
