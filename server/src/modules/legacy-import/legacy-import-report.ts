import type { LegacyHashScheme } from './legacy-hash';

/** Why a line was not imported. */
export enum LegacyRejectionReason {
  /** The line does not have as many fields as the header. */
  ColumnCount = 'column-count',
  Required = 'required',
  TooLong = 'too-long',
  /** Access codes are letters, digits, `.`, `_` and `-` (an `@` would read as an e-mail). */
  InvalidAccessCode = 'invalid-access-code',
  InvalidCivility = 'invalid-civility',
  InvalidEmail = 'invalid-email',
  InvalidMobile = 'invalid-mobile',
  /** Both legacy_password and legacy_hash: which one is right cannot be told. */
  PasswordAndHash = 'password-and-hash',
  UnknownHashScheme = 'unknown-hash-scheme',
  /** The same access code or e-mail on several lines: all of them are rejected. */
  DuplicateInFile = 'duplicate-in-file',
  /** The workspace already has an account with this access code or e-mail. */
  Taken = 'taken',
  /**
   * This e-mail or mobile belongs to a person erased from the workspace (GDPR-2, tombstone):
   * importing them again would undo their erasure; only their new, explicit request can.
   */
  ErasedBefore = 'erased-before',
}

/** One reason a line was rejected; never the value itself (it may be a password). */
export interface LegacyRejection {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  /** CSV column, or null when the line as a whole is wrong. */
  field: string | null;
  reason: LegacyRejectionReason;
  /** For duplicates: the other lines with the same value. */
  otherLines?: number[];
}

/** What an import did (or, in a dry run, would do). */
export interface LegacyImportReport {
  workspace: string;
  dryRun: boolean;
  /** Data lines read, the header and blank lines excluded. */
  lines: number;
  /** Accounts created; in a dry run, accounts that would be. */
  imported: number;
  /** Lines with at least one rejection. */
  rejectedLines: number;
  /** Sorted by line. */
  rejections: LegacyRejection[];
  /** How the imported accounts' passwords came. */
  passwords: {
    /** A plain legacy password, hashed now with argon2id. */
    hashedNow: number;
    /** A hash kept as given, by scheme. */
    keptHashes: Partial<Record<LegacyHashScheme, number>>;
    /** No password: the user will go through the first connection. */
    none: number;
  };
}
