import { Injectable } from '@nestjs/common';
import type { CrmPreferences } from '@guichet/contracts';
import type { CrmActor } from '../crm-actor';
import { CrmPreferenceRepository } from './crm-preference.repository';

/** Nobody's list hides opted-out records until they choose so (GDPR-1: "sur demande"). */
const DEFAULTS: CrmPreferences = { excludeMarketingOptOut: false };

/** The signed-in user's own CRM preferences, kept on the server. */
@Injectable()
export class CrmPreferencesService {
  constructor(private readonly repository: CrmPreferenceRepository) {}

  async of(actor: CrmActor): Promise<CrmPreferences> {
    return (await this.repository.find(actor.accountId)) ?? DEFAULTS;
  }

  async save(actor: CrmActor, preferences: CrmPreferences): Promise<CrmPreferences> {
    await this.repository.save(actor.accountId, preferences);
    return this.of(actor);
  }
}
