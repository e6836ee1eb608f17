import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type ParcelSettings } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { ParcelSettingsRepository } from './parcel-settings.repository';

const MIB = 1024 * 1024;

/** What a workspace gets until its admin changes it (PARCEL-1: 30 days by default). */
export const DEFAULT_PARCEL_SETTINGS: ParcelSettings = {
  maxFileBytes: 100 * MIB,
  maxParcelBytes: 500 * MIB,
  defaultExpiryDays: 30,
  maxExpiryDays: 90,
  allowedTypes: [],
  // Programs have no business in a client's file; an admin may change this.
  deniedTypes: [
    'application/x-msdownload',
    'application/x-executable',
    'application/x-mach-binary',
  ],
};

/** A workspace's limits for parcels (admin: "Paramètres et configurations"). */
@Injectable()
export class ParcelSettingsService {
  constructor(private readonly repository: ParcelSettingsRepository) {}

  async of(workspaceId: string): Promise<ParcelSettings> {
    return (await this.repository.find(workspaceId)) ?? DEFAULT_PARCEL_SETTINGS;
  }

  /** Stores new limits; the ones that contradict each other answer 422 keyed by field. */
  async change(workspaceId: string, settings: ParcelSettings): Promise<ParcelSettings> {
    const fields: Record<string, string[]> = {};
    if (settings.maxFileBytes > settings.maxParcelBytes) fields.maxFileBytes = ['aboveParcelLimit'];
    if (settings.defaultExpiryDays > settings.maxExpiryDays) {
      fields.defaultExpiryDays = ['aboveMaximum'];
    }
    if (Object.keys(fields).length > 0) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', fields);
    }
    const normalised: ParcelSettings = {
      ...settings,
      allowedTypes: [...new Set(settings.allowedTypes.map((t) => t.trim().toLowerCase()))],
      deniedTypes: [...new Set(settings.deniedTypes.map((t) => t.trim().toLowerCase()))],
    };
    await this.repository.save(workspaceId, normalised);
    return normalised;
  }
}

/** Whether a detected type may be stored: the deny list wins; an empty allow list allows all. */
export function typeAllowed(settings: ParcelSettings, contentType: string): boolean {
  if (settings.deniedTypes.includes(contentType)) return false;
  return settings.allowedTypes.length === 0 || settings.allowedTypes.includes(contentType);
}
