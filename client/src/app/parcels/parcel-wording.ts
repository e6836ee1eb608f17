import type { ParcelState } from '@guichet/contracts';
import type { TranslationKey } from '../core/i18n';

/** How each state of a parcel is named. */
export const STATE_KEYS: Readonly<Record<ParcelState, TranslationKey>> = {
  draft: 'parcels.state.draft',
  sent: 'parcels.state.sent',
  withdrawn: 'parcels.state.withdrawn',
  expired: 'parcels.state.expired',
};

/** A few detected types named for people; any other shows its MIME type. */
const TYPE_KEYS: Readonly<Record<string, TranslationKey>> = {
  'application/pdf': 'parcels.type.pdf',
  'application/zip': 'parcels.type.zip',
  'text/plain': 'parcels.type.text',
  'application/msword': 'parcels.type.word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'parcels.type.word',
  'application/vnd.ms-excel': 'parcels.type.spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'parcels.type.spreadsheet',
  'application/vnd.oasis.opendocument.text': 'parcels.type.word',
  'application/vnd.oasis.opendocument.spreadsheet': 'parcels.type.spreadsheet',
};

/** The wording of a detected type, or null to show the MIME type itself. */
export function typeKey(contentType: string): TranslationKey | null {
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (Object.hasOwn(TYPE_KEYS, type)) return TYPE_KEYS[type] ?? null;
  return type.startsWith('image/') ? 'parcels.type.image' : null;
}
