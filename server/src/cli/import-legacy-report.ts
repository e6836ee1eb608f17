import { VERIFIABLE_SCHEMES, type LegacyHashScheme } from '../modules/legacy-import/legacy-hash';
import {
  type LegacyImportReport,
  type LegacyRejection,
  LegacyRejectionReason,
} from '../modules/legacy-import/legacy-import-report';

const EXPLANATIONS: Record<LegacyRejectionReason, string> = {
  [LegacyRejectionReason.ColumnCount]: 'not as many fields as the header',
  [LegacyRejectionReason.Required]: 'empty',
  [LegacyRejectionReason.TooLong]: 'too long',
  [LegacyRejectionReason.InvalidAccessCode]: 'only letters, digits, ".", "_" and "-" are allowed',
  [LegacyRejectionReason.InvalidCivility]: 'expected M, MR, Monsieur, MME, Madame or empty',
  [LegacyRejectionReason.InvalidEmail]: 'not a valid e-mail address',
  [LegacyRejectionReason.InvalidMobile]: 'not a valid mobile number',
  [LegacyRejectionReason.PasswordAndHash]: 'give legacy_password or legacy_hash, not both',
  [LegacyRejectionReason.UnknownHashScheme]:
    'not a recognised hash ($argon2id$, $2a$/$2b$/$2y$ bcrypt, {SSHA}, {SHA})',
  [LegacyRejectionReason.DuplicateInFile]: 'also on line',
  [LegacyRejectionReason.Taken]: 'already used by an account of the workspace',
  [LegacyRejectionReason.ErasedBefore]:
    'a person with this value was erased at their request (GDPR); re-create them only on their new request',
};

const SCHEME_NAMES: Record<LegacyHashScheme, string> = {
  argon2id: 'argon2id',
  bcrypt: 'bcrypt',
  ssha: '{SSHA}',
  sha: '{SHA}',
};

/** One line per rejection, then the totals; values are never shown (they may be passwords). */
export function formatLegacyImportReport(report: LegacyImportReport, file: string): string {
  const lines = [
    `import-legacy: ${file} into workspace "${report.workspace}"${report.dryRun ? ' (dry run: nothing written)' : ''}`,
    ...report.rejections.map(describe),
  ];
  const verb = report.dryRun ? 'Would import' : 'Imported';
  lines.push(
    `${verb} ${report.imported}, rejected ${report.rejectedLines} (of ${report.lines} lines).`,
  );
  const { hashedNow, keptHashes, none } = report.passwords;
  const kept = Object.entries(keptHashes) as [LegacyHashScheme, number][];
  lines.push(
    `Passwords: ${hashedNow} hashed now with argon2id, ${
      kept.map(([scheme, n]) => `${n} ${SCHEME_NAMES[scheme]} hash(es) kept`).join(', ') ||
      'no hash kept'
    }, ${none} without a password (first connection).`,
  );
  const unverifiable = kept.filter(([scheme]) => !VERIFIABLE_SCHEMES.has(scheme));
  if (unverifiable.length > 0) {
    const count = unverifiable.reduce((sum, [, n]) => sum + n, 0);
    lines.push(
      `Note: sign-in does not verify ${unverifiable.map(([s]) => SCHEME_NAMES[s]).join(', ')} hashes yet: ` +
        `until it does, those ${count} user(s) sign in through the first connection or a forgotten-password link.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function describe(rejection: LegacyRejection): string {
  const where = `line ${rejection.line}${rejection.field ? `, ${rejection.field}` : ''}`;
  const others = rejection.otherLines?.length ? ` ${rejection.otherLines.join(', ')}` : '';
  return `  ${where}: ${rejection.reason} (${EXPLANATIONS[rejection.reason]}${others})`;
}
