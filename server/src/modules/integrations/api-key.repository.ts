import type { ApiKeyScope } from '@guichet/contracts';
import type { ApiKey } from './api-key';

export interface NewApiKey {
  workspaceId: string;
  name: string;
  prefix: string;
  secretHash: Buffer;
  scopes: ApiKeyScope[];
  expiresAt: Date | null;
  createdBy: string;
}

/** Port: integration keys. */
export abstract class ApiKeyRepository {
  /** The workspace's keys, newest first. */
  abstract list(workspaceId: string): Promise<ApiKey[]>;

  abstract findById(workspaceId: string, id: string): Promise<ApiKey | null>;

  abstract findBySecretHash(secretHash: Buffer): Promise<ApiKey | null>;

  /** Keys neither revoked nor expired at `now`. */
  abstract countActive(workspaceId: string, now: Date): Promise<number>;

  abstract add(key: NewApiKey): Promise<string>;

  /** Revokes a key not revoked yet; false when there is none such in the workspace. */
  abstract revoke(workspaceId: string, id: string, revokedBy: string): Promise<boolean>;

  /** Records a use, at most once a minute per key. */
  abstract touch(id: string): Promise<void>;
}
