import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditEventKind, PasswordKind } from '@guichet/contracts';
import { formatLegacyImportReport } from '../../server/src/cli/import-legacy-report';
import { Accounts } from '../../server/src/modules/accounts/accounts';
import { LegacyImportError } from '../../server/src/modules/legacy-import/legacy-import-error';
import { LegacyImport } from '../../server/src/modules/legacy-import/legacy-import.service';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const FIXTURE = readFileSync(join(__dirname, '../support/fixtures/legacy-import/clients.csv'));
/** Plain passwords and a bcrypt hash of the fixture, which no report may show. */
const SECRETS = ['vieux-mot', 'secret-sans-code', 'secret-et-hash', 'pass;word', 'N9qo8uLO'];

describe('import-legacy', () => {
  let testApp: TestApp;
  let importer: LegacyImport;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const accountCount = async () =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM account`))[0]!.n);
  const csv = (...lines: string[]) => Buffer.from(lines.join('\n'));

  beforeAll(async () => {
    testApp = await startTestApp({ demoData: true, env: { THROTTLE_IP_FREE: '1000' } });
    importer = testApp.app.get(LegacyImport);
  });

  afterAll(() => testApp.close());

  it('checks a dry run like a real one and writes nothing', async () => {
    const before = await accountCount();
    const report = await importer.run({ workspace: 'demo', csv: FIXTURE, dryRun: true });
    expect(report).toEqual(
      expect.objectContaining({ dryRun: true, imported: 6, rejectedLines: 13 }),
    );
    expect(await accountCount()).toBe(before);
    expect(await sql(`SELECT id FROM audit_event WHERE kind = 'account.imported'`)).toEqual([]);
  });

  it('imports the valid lines and reports every rejected one by line, field and reason', async () => {
    const report = await importer.run({ workspace: 'demo', csv: FIXTURE, dryRun: false });
    expect(report).toEqual({
      workspace: 'demo',
      dryRun: false,
      lines: 19,
      imported: 6,
      rejectedLines: 13,
      rejections: [
        { line: 6, field: 'access_code', reason: 'required' },
        { line: 7, field: 'civility', reason: 'invalid-civility' },
        { line: 8, field: 'last_name', reason: 'required' },
        { line: 9, field: 'email', reason: 'invalid-email' },
        { line: 10, field: 'mobile', reason: 'invalid-mobile' },
        { line: 11, field: 'legacy_hash', reason: 'password-and-hash' },
        { line: 12, field: 'legacy_hash', reason: 'unknown-hash-scheme' },
        { line: 13, field: 'access_code', reason: 'duplicate-in-file', otherLines: [15] },
        { line: 15, field: 'access_code', reason: 'duplicate-in-file', otherLines: [13] },
        { line: 16, field: 'access_code', reason: 'taken' },
        { line: 17, field: 'email', reason: 'taken' },
        { line: 18, field: null, reason: 'column-count' },
        { line: 20, field: 'access_code', reason: 'invalid-access-code' },
      ],
      passwords: { hashedNow: 2, keptHashes: { argon2id: 1, bcrypt: 1, ssha: 1 }, none: 1 },
    });
    for (const secret of SECRETS) {
      expect(JSON.stringify(report)).not.toContain(secret);
      expect(formatLegacyImportReport(report, 'clients.csv')).not.toContain(secret);
    }
    expect(formatLegacyImportReport(report, 'clients.csv')).toContain(
      'Imported 6, rejected 13 (of 19 lines).',
    );

    const rows = await sql<Record<string, string | null>>(
      `SELECT a.access_code, a.role, a.civility, a.first_name, a.last_name, a.email, a.mobile,
              a.password_kind, a.password_hash, a.password_set_at IS NOT NULL AS password_set
         FROM account a JOIN workspace w ON w.id = a.workspace_id
        WHERE w.slug = 'demo' AND a.access_code LIKE 'L-%' ORDER BY a.access_code`,
    );
    expect(rows.map((row) => row.access_code)).toEqual([
      'L-0001',
      'L-0002',
      'L-0003',
      'L-0004',
      'L-0017',
      'L-0019',
    ]);
    const [dupre, lefevre, morel, roux, martin, ldap] = rows;
    expect(dupre).toEqual({
      access_code: 'L-0001',
      role: 'client',
      civility: 'mr',
      first_name: 'Jean',
      last_name: 'Dupré',
      email: 'jean.dupre@example.test',
      mobile: '+33611223344',
      password_kind: PasswordKind.Legacy,
      password_hash: expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/),
      password_set: true,
    });
    expect(lefevre).toEqual(
      expect.objectContaining({ civility: 'mrs', email: null, mobile: '+33781234567' }),
    );
    expect(morel).toEqual(
      expect.objectContaining({
        civility: null,
        first_name: null,
        password_kind: PasswordKind.Legacy,
        password_hash: '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
      }),
    );
    expect(roux).toEqual(
      expect.objectContaining({ password_kind: null, password_hash: null, password_set: false }),
    );
    expect(martin).toEqual(expect.objectContaining({ last_name: 'Martin; fils', civility: 'mr' }));
    expect(ldap!.password_hash).toBe('{SSHA}iAn0tX5ixq7tCRwRLKV7y9/objNzZWwtMTIzNA==');

    const audited = await sql<{ target_ids: { accountId: string }; actor_account_id: null }>(
      `SELECT target_ids, actor_account_id FROM audit_event WHERE kind = $1`,
      [AuditEventKind.AccountImported],
    );
    expect(audited).toHaveLength(6);
    expect(audited.every((event) => event.actor_account_id === null)).toBe(true);
  });

  it('lets imported clients sign in with their legacy password, straight to the migration', async () => {
    const signIn = async (identifier: string, password: string) =>
      signInOk(await testApp.client(), { workspace: 'demo', identifier, password });
    expect((await signIn('L-0001', 'vieux-mot')).nextStep).toBe('legacy-migration');
    expect((await signIn('jean.dupre@example.test', 'vieux-mot')).nextStep).toBe(
      'legacy-migration',
    );
    expect((await signIn('L-0017', 'pass;word')).nextStep).toBe('legacy-migration');
    // An imported argon2id hash works as is, and is upgraded to today's parameters (PWD-7).
    expect((await signIn('L-0002', 'ancien-hash')).nextStep).toBe('legacy-migration');
    const [lefevre] = await sql<{ password_hash: string }>(
      `SELECT password_hash FROM account WHERE access_code = 'L-0002'`,
    );
    expect(lefevre!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('rejects every line of a second run of the same file as already imported', async () => {
    const before = await accountCount();
    const report = await importer.run({ workspace: 'demo', csv: FIXTURE, dryRun: false });
    expect(report.imported).toBe(0);
    expect(await accountCount()).toBe(before);
  });

  it('reads a comma-separated file without BOM, quoted fields and a header in any order', async () => {
    const report = await importer.run({
      workspace: 'autre',
      csv: csv(
        'Last_Name,Access Code,email',
        '"Bernard, aîné",C-0001,c.bernard@example.test',
        'Petit,72018689,',
      ),
      dryRun: false,
    });
    expect(report).toEqual(
      expect.objectContaining({
        imported: 1,
        rejections: [{ line: 3, field: 'access_code', reason: 'taken' }],
      }),
    );
    expect(
      await sql(
        `SELECT last_name, password_kind FROM account a JOIN workspace w ON w.id = a.workspace_id
          WHERE w.slug = 'autre' AND access_code = 'C-0001'`,
      ),
    ).toEqual([{ last_name: 'Bernard, aîné', password_kind: null }]);
  });

  it('imports nothing when the database refuses one line', async () => {
    const before = await accountCount();
    // As if another process had created 72018689 between the check and the insert.
    const accounts = testApp.app.get(Accounts);
    const findTaken = jest
      .spyOn(accounts, 'findTaken')
      .mockResolvedValue({ accessCodes: new Set(), emails: new Set() });
    try {
      await expect(
        importer.run({
          workspace: 'demo',
          csv: csv('access_code;last_name', 'R-0001;Premier', '72018689;Pris'),
          dryRun: false,
        }),
      ).rejects.toThrow(/nothing was imported/);
    } finally {
      findTaken.mockRestore();
    }
    expect(await accountCount()).toBe(before);
    expect(await sql(`SELECT id FROM account WHERE access_code = 'R-0001'`)).toEqual([]);
  });

  it('refuses a file it cannot read as a whole, without repeating its content', async () => {
    const attempts: [string, Buffer, RegExp][] = [
      ['no-such-firm', csv('access_code;last_name', 'X;Y'), /No workspace "no-such-firm"/],
      ['demo', Buffer.from('access_code;last_name\nX;Dupr\xe9\n', 'latin1'), /not UTF-8/],
      ['demo', csv(''), /empty/],
      ['demo', csv('access_code;last_name;password', 'X;Y;Z'), /Unknown column.*"password"/],
      ['demo', csv('access_code;first_name', 'X;Y'), /Missing column.*last_name/],
      ['demo', csv('L-9;Dupont;hunter2', 'L-10;Durand;hunter3'), /not a header/],
      ['demo', csv('access_code;last_name', 'X;"unclosed'), /not valid CSV/],
    ];
    const before = await accountCount();
    for (const [workspace, file, message] of attempts) {
      const failure = importer.run({ workspace, csv: file, dryRun: false });
      await expect(failure).rejects.toThrow(LegacyImportError);
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.not.toThrow(/hunter|Dupont/);
    }
    expect(await accountCount()).toBe(before);
  });

  it('leaves the existing accounts alone', async () => {
    expect((await signInOk(await testApp.client(), DEMO.legacyClient)).account.lastName).toBe(
      'Teng',
    );
  });
});
