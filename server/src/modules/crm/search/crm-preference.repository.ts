import type { CrmPreferences } from '@guichet/contracts';

/** Port: each user's CRM preferences. */
export abstract class CrmPreferenceRepository {
  /** The stored preferences, or null when the user never set any. */
  abstract find(accountId: string): Promise<CrmPreferences | null>;
  abstract save(accountId: string, preferences: CrmPreferences): Promise<void>;
}
