import type { ParcelSettings } from '@guichet/contracts';

/** Port: each workspace's limits for parcels; null when the workspace kept the defaults. */
export abstract class ParcelSettingsRepository {
  abstract find(workspaceId: string): Promise<ParcelSettings | null>;

  abstract save(workspaceId: string, settings: ParcelSettings): Promise<void>;
}
