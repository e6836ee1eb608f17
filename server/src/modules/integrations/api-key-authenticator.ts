import { Injectable } from '@nestjs/common';
import {
  type ApiKeyScope,
  AuditEventKind,
  IntegrationErrorCode,
  type IntegrationIdentity,
} from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { AuditLog } from '../audit/audit-log';
import { Workspaces } from '../workspaces/workspaces';
import { API_KEY_FORMAT, type ApiKey, apiKeyHash, stateOf } from './api-key';
import { ApiKeyRepository } from './api-key.repository';

const invalid = () =>
  new AppError(IntegrationErrorCode.KeyInvalid, 'Unknown, revoked or expired API key');

/**
 * Authenticates machine calls (PWD-6) by `Authorization: Bearer gch_…`, independently of any
 * user: password changes, temporary passwords and locked accounts do not touch keys.
 */
@Injectable()
export class ApiKeyAuthenticator {
  constructor(
    private readonly repository: ApiKeyRepository,
    private readonly workspaces: Workspaces,
    private readonly audit: AuditLog,
  ) {}

  /**
   * The live key of an Authorization header holding every scope asked for: 401 for a missing,
   * malformed, unknown, revoked or expired key, 403 for a missing scope.
   */
  async authenticate(
    authorization: string | undefined,
    scopes: readonly ApiKeyScope[],
    ip: string,
  ): Promise<ApiKey> {
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!secret || !API_KEY_FORMAT.test(secret)) throw invalid();
    const key = await this.repository.findBySecretHash(apiKeyHash(secret));
    if (!key) throw invalid();
    if (stateOf(key, new Date()) !== 'active') {
      // A known key that no longer works is worth an entry: it may have leaked.
      await this.audit.record({
        kind: AuditEventKind.ApiKeyRejected,
        outcome: 'failure',
        workspaceId: key.workspaceId,
        targetIds: { apiKeyId: key.id },
        ip,
      });
      throw invalid();
    }
    const missing = scopes.filter((scope) => !key.scopes.includes(scope));
    if (missing.length > 0) {
      throw new AppError(
        IntegrationErrorCode.ScopeMissing,
        `This key lacks the scope ${missing.join(', ')}`,
      );
    }
    await this.repository.touch(key.id);
    return key;
  }

  /** What `GET /api/integration/whoami` answers. */
  async identify(key: ApiKey): Promise<IntegrationIdentity> {
    const workspace = await this.workspaces.findById(key.workspaceId);
    if (!workspace) throw invalid();
    return {
      workspace: { slug: workspace.slug, name: workspace.name },
      key: {
        id: key.id,
        name: key.name,
        prefix: key.prefix,
        scopes: key.scopes,
        expiresAt: key.expiresAt?.toISOString() ?? null,
      },
    };
  }
}
