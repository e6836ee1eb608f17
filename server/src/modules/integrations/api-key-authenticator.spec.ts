import { AuditEventKind, IntegrationErrorCode } from '@guichet/contracts';
import type { AuditLog } from '../audit/audit-log';
import type { Workspaces } from '../workspaces/workspaces';
import { type ApiKey, apiKeyHash, newApiKeySecret } from './api-key';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import type { ApiKeyRepository } from './api-key.repository';

describe(ApiKeyAuthenticator.name, () => {
  const { secret } = newApiKeySecret();
  const live: ApiKey = {
    id: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
    workspaceId: '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d',
    name: 'ERP',
    prefix: secret.slice(0, 12),
    scopes: ['gdpr:read', 'crm:read'],
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    createdAt: new Date('2026-11-01T00:00:00Z'),
    createdBy: null,
  };
  let findBySecretHash: jest.Mock<Promise<ApiKey | null>, [Buffer]>;
  let touch: jest.Mock;
  let record: jest.Mock;
  let authenticator: ApiKeyAuthenticator;

  beforeEach(() => {
    findBySecretHash = jest.fn<Promise<ApiKey | null>, [Buffer]>(async () => live);
    touch = jest.fn(async () => undefined);
    record = jest.fn(async () => undefined);
    authenticator = new ApiKeyAuthenticator(
      { findBySecretHash, touch } as unknown as ApiKeyRepository,
      {} as Workspaces,
      { record } as unknown as AuditLog,
    );
  });

  const authenticate = (header: string | undefined, scopes = ['gdpr:read'] as const) =>
    authenticator.authenticate(header, scopes, '203.0.113.9');

  it('finds the key by the SHA-256 of the bearer token and records its use', async () => {
    await expect(authenticate(`Bearer ${secret}`)).resolves.toBe(live);
    expect(findBySecretHash).toHaveBeenCalledWith(apiKeyHash(secret));
    expect(touch).toHaveBeenCalledWith(live.id);
  });

  it('answers 401 to a missing or malformed header without looking anything up', async () => {
    for (const header of [undefined, '', secret, `Basic ${secret}`, 'Bearer gch_short']) {
      await expect(authenticate(header)).rejects.toMatchObject({
        code: IntegrationErrorCode.KeyInvalid,
      });
    }
    expect(findBySecretHash).not.toHaveBeenCalled();
  });

  it('answers 401 to a revoked or expired key and notes its use in the trail', async () => {
    for (const key of [
      { ...live, revokedAt: new Date() },
      { ...live, expiresAt: new Date(Date.now() - 1000) },
    ]) {
      findBySecretHash.mockResolvedValueOnce(key);
      await expect(authenticate(`Bearer ${secret}`)).rejects.toMatchObject({
        code: IntegrationErrorCode.KeyInvalid,
      });
    }
    expect(record).toHaveBeenCalledTimes(2);
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: AuditEventKind.ApiKeyRejected,
        outcome: 'failure',
        targetIds: { apiKeyId: live.id },
      }),
    );
    expect(touch).not.toHaveBeenCalled();
  });

  it('answers 403 when a scope the route needs is missing, and 401 for an unknown key', async () => {
    await expect(
      authenticator.authenticate(`Bearer ${secret}`, ['gdpr:read', 'gdpr:write'], '203.0.113.9'),
    ).rejects.toMatchObject({ code: IntegrationErrorCode.ScopeMissing });
    findBySecretHash.mockResolvedValueOnce(null);
    await expect(authenticate(`Bearer ${secret}`)).rejects.toMatchObject({
      code: IntegrationErrorCode.KeyInvalid,
    });
    expect(touch).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });
});
