import { Civility } from '@guichet/contracts';
import { isEmail } from 'class-validator';
import { toMobileE164 } from '../sms/mobile-number';
import type { LegacyColumn, LegacyRecord } from './legacy-csv';
import { type LegacyHashScheme, legacyHashScheme } from './legacy-hash';
import { type LegacyRejection, LegacyRejectionReason } from './legacy-import-report';

/** A line that passed its own checks (uniqueness is checked across lines afterwards). */
export interface LegacyAccount {
  line: number;
  accessCode: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  /** Lower-case. */
  email: string | null;
  /** E.164. */
  mobile: string | null;
  password: { plain: string } | { hash: string; scheme: LegacyHashScheme } | null;
}

/** Column sizes of the account table; the sign-in form takes passwords up to 1024 characters. */
const MAX = { accessCode: 32, name: 100, email: 254, password: 1024, hash: 1024 };
const ACCESS_CODE = /^[A-Za-z0-9._-]+$/;

/** How previous systems write civilities; "Mademoiselle" has been "Madame" in French forms since 2012. */
const CIVILITIES: Record<string, Civility> = {
  m: Civility.Mr,
  'm.': Civility.Mr,
  mr: Civility.Mr,
  'mr.': Civility.Mr,
  monsieur: Civility.Mr,
  mme: Civility.Mrs,
  'mme.': Civility.Mrs,
  madame: Civility.Mrs,
  mlle: Civility.Mrs,
  mademoiselle: Civility.Mrs,
};

/** Checks one record on its own: the account it describes, or every reason it cannot be one. */
export function checkLegacyRecord(
  record: LegacyRecord,
): { account: LegacyAccount; rejections: [] } | { account: null; rejections: LegacyRejection[] } {
  const rejections: LegacyRejection[] = [];
  const reject = (field: LegacyColumn | null, reason: LegacyRejectionReason) => {
    rejections.push({ line: record.line, field, reason });
    return null;
  };
  if (!record.complete) {
    reject(null, LegacyRejectionReason.ColumnCount);
    return { account: null, rejections };
  }
  const text = (column: LegacyColumn) => (record.fields[column] ?? '').trim().normalize('NFC');
  const bounded = (column: LegacyColumn, max: number) => {
    const value = text(column);
    return value.length > max ? reject(column, LegacyRejectionReason.TooLong) : value;
  };

  const accessCode = bounded('access_code', MAX.accessCode);
  if (accessCode === '') reject('access_code', LegacyRejectionReason.Required);
  else if (accessCode && !ACCESS_CODE.test(accessCode)) {
    reject('access_code', LegacyRejectionReason.InvalidAccessCode);
  }
  const lastName = bounded('last_name', MAX.name);
  if (lastName === '') reject('last_name', LegacyRejectionReason.Required);
  const firstName = bounded('first_name', MAX.name);
  const civility = civilityOf(text('civility'), () =>
    reject('civility', LegacyRejectionReason.InvalidCivility),
  );
  const email = emailOf(bounded('email', MAX.email), () =>
    reject('email', LegacyRejectionReason.InvalidEmail),
  );
  const mobile = mobileOf(text('mobile'), () =>
    reject('mobile', LegacyRejectionReason.InvalidMobile),
  );
  const password = passwordOf(record, reject);

  if (rejections.length > 0) return { account: null, rejections };
  return {
    account: {
      line: record.line,
      accessCode: accessCode!,
      civility: civility ?? null,
      firstName: firstName || null,
      lastName: lastName!,
      email: email ?? null,
      mobile: mobile ?? null,
      password: password ?? null,
    },
    rejections: [],
  };
}

function civilityOf(value: string, invalid: () => null): Civility | null {
  if (value === '') return null;
  return CIVILITIES[value.toLowerCase()] ?? invalid();
}

function emailOf(value: string | null, invalid: () => null): string | null {
  if (!value) return null;
  const email = value.toLowerCase();
  return isEmail(email, { allow_display_name: false, require_tld: true }) ? email : invalid();
}

function mobileOf(value: string, invalid: () => null): string | null {
  if (value === '') return null;
  try {
    return toMobileE164(value);
  } catch {
    return invalid();
  }
}

/** The password as given: never trimmed or normalised, since the user will type it as it was. */
function passwordOf(
  record: LegacyRecord,
  reject: (field: LegacyColumn, reason: LegacyRejectionReason) => null,
): LegacyAccount['password'] {
  const plain = record.fields.legacy_password ?? '';
  const hash = (record.fields.legacy_hash ?? '').trim();
  const hasPlain = plain.trim() !== '';
  if (hasPlain && hash !== '') return reject('legacy_hash', LegacyRejectionReason.PasswordAndHash);
  if (hasPlain) {
    return plain.length > MAX.password
      ? reject('legacy_password', LegacyRejectionReason.TooLong)
      : { plain };
  }
  if (hash === '') return null;
  if (hash.length > MAX.hash) return reject('legacy_hash', LegacyRejectionReason.TooLong);
  const scheme = legacyHashScheme(hash);
  return scheme ? { hash, scheme } : reject('legacy_hash', LegacyRejectionReason.UnknownHashScheme);
}
