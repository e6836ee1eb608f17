/** Password hashes of a previous system that the import keeps as given. */
export enum LegacyHashScheme {
  /** PHC string: verified at sign-in like our own hashes, and upgraded then if weaker (PWD-7). */
  Argon2id = 'argon2id',
  /** `$2a$`, `$2b$`, `$2y$`: kept, but sign-in does not verify it yet. */
  Bcrypt = 'bcrypt',
  /** LDAP `{SSHA}` (salted SHA-1): kept, but sign-in does not verify it yet. */
  Ssha = 'ssha',
  /** LDAP `{SHA}` (unsalted SHA-1): kept, but sign-in does not verify it yet. */
  Sha = 'sha',
}

const ARGON2ID =
  /^\$argon2id\$v=19\$m=\d{1,7},t=\d{1,3},p=\d{1,3}\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,}$/;
const BCRYPT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;
const LDAP = /^\{(SSHA|SHA)\}([A-Za-z0-9+/]+={0,2})$/i;
const SHA1_BYTES = 20;

/** The scheme of a hash as a previous system exported it; null for anything else. */
export function legacyHashScheme(hash: string): LegacyHashScheme | null {
  if (ARGON2ID.test(hash)) return LegacyHashScheme.Argon2id;
  if (BCRYPT.test(hash)) return LegacyHashScheme.Bcrypt;
  const ldap = LDAP.exec(hash);
  if (!ldap) return null;
  const bytes = Buffer.from(ldap[2]!, 'base64').length;
  if (ldap[1]!.toUpperCase() === 'SHA') return bytes === SHA1_BYTES ? LegacyHashScheme.Sha : null;
  // Salted: the digest followed by a salt of at least 4 bytes.
  return bytes >= SHA1_BYTES + 4 ? LegacyHashScheme.Ssha : null;
}

/** Schemes that sign-in can verify today. */
export const VERIFIABLE_SCHEMES: ReadonlySet<LegacyHashScheme> = new Set([
  LegacyHashScheme.Argon2id,
]);
