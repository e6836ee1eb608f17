import { LegacyHashScheme } from '../modules/legacy-import/legacy-hash';
import {
  type LegacyImportReport,
  LegacyRejectionReason,
} from '../modules/legacy-import/legacy-import-report';
import { formatLegacyImportReport } from './import-legacy-report';

describe(formatLegacyImportReport.name, () => {
  const report: LegacyImportReport = {
    workspace: 'demo',
    dryRun: true,
    lines: 4,
    imported: 2,
    rejectedLines: 2,
    rejections: [
      { line: 3, field: 'email', reason: LegacyRejectionReason.InvalidEmail },
      {
        line: 4,
        field: 'access_code',
        reason: LegacyRejectionReason.DuplicateInFile,
        otherLines: [9],
      },
    ],
    passwords: { hashedNow: 1, keptHashes: { [LegacyHashScheme.Bcrypt]: 1 }, none: 0 },
  };

  it('lists each rejection by line and field, then the totals and what sign-in cannot verify', () => {
    expect(formatLegacyImportReport(report, 'clients.csv').split('\n')).toEqual([
      'import-legacy: clients.csv into workspace "demo" (dry run: nothing written)',
      '  line 3, email: invalid-email (not a valid e-mail address)',
      '  line 4, access_code: duplicate-in-file (also on line 9)',
      'Would import 2, rejected 2 (of 4 lines).',
      'Passwords: 1 hashed now with argon2id, 1 bcrypt hash(es) kept, 0 without a password (first connection).',
      'Note: sign-in does not verify bcrypt hashes yet: until it does, those 1 user(s) sign in through the first connection or a forgotten-password link.',
      '',
    ]);
  });
});
