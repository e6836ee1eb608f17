import { Injectable } from '@nestjs/common';
import type { RetentionSettings } from '@guichet/contracts';
import { RetentionSettingsRepository } from './retention-settings.repository';

/**
 * The CNIL's reference periods (PRODUCT GDPR-5): prospects 3 years after their last contact,
 * client accounts 2 years after their last use, connection logs 12 months.
 */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  inactiveClientMonths: 24,
  auditIpMonths: 12,
  leadMonths: 36,
};

/** A workspace's retention periods (admin: "Durées de conservation"). */
@Injectable()
export class RetentionSettingsService {
  constructor(private readonly repository: RetentionSettingsRepository) {}

  async of(workspaceId: string): Promise<RetentionSettings> {
    return (await this.repository.find(workspaceId)) ?? DEFAULT_RETENTION_SETTINGS;
  }

  /** Every workspace with the periods it applies. */
  async all(): Promise<{ workspaceId: string; settings: RetentionSettings }[]> {
    return (await this.repository.findAll()).map(({ workspaceId, settings }) => ({
      workspaceId,
      settings: settings ?? DEFAULT_RETENTION_SETTINGS,
    }));
  }

  async change(workspaceId: string, settings: RetentionSettings): Promise<RetentionSettings> {
    const { inactiveClientMonths, auditIpMonths, leadMonths } = settings;
    const stored = { inactiveClientMonths, auditIpMonths, leadMonths };
    await this.repository.save(workspaceId, stored);
    return stored;
  }
}
