import type { RetentionSettings } from '@guichet/contracts';

/** Port: each workspace's retention periods; absent when it kept the defaults. */
export abstract class RetentionSettingsRepository {
  abstract find(workspaceId: string): Promise<RetentionSettings | null>;

  /** Every workspace, with its periods or null for the defaults. */
  abstract findAll(): Promise<{ workspaceId: string; settings: RetentionSettings | null }[]>;

  abstract save(workspaceId: string, settings: RetentionSettings): Promise<void>;
}
