import { PasswordKind, Role } from '@guichet/contracts';
import { verify } from '@node-rs/argon2';
import { DemoDataService } from '../../server/src/modules/demo-data/demo-data.service';
import { DEMO_WORKSPACES } from '../../server/src/modules/demo-data/demo-workspaces';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

interface AccountRow {
  workspace: string;
  access_code: string;
  role: Role;
  email: string | null;
  mobile: string | null;
  password_hash: string | null;
  password_kind: PasswordKind | null;
  manager_code: string | null;
}

describe('demo data', () => {
  let testApp: TestApp;
  const accounts = () =>
    queryDatabase<AccountRow>(
      testApp.database.url,
      `SELECT w.slug AS workspace, a.access_code, a.role, a.email, a.mobile, a.password_hash,
              a.password_kind, m.access_code AS manager_code
         FROM account a JOIN workspace w ON w.id = a.workspace_id
         LEFT JOIN account m ON m.id = a.account_manager_id`,
    );

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('is not created outside development mode', async () => {
    expect(await accounts()).toEqual([]);
  });

  it('fills an empty database with one client per branch of seed 000, staff and an admin', async () => {
    expect(await testApp.app.get(DemoDataService).seedIfEmpty()).toBe(true);
    const demo = (await accounts()).filter((a) => a.workspace === 'demo');
    const clients = demo.filter((a) => a.role === Role.Client);
    const branch = (legacy: boolean, email: boolean, mobile: boolean) =>
      clients.filter(
        (c) =>
          (c.password_kind === PasswordKind.Legacy) === legacy &&
          (c.email !== null) === email &&
          (c.mobile !== null) === mobile,
      );
    expect(branch(true, false, false)).toHaveLength(1);
    expect(clients.filter((c) => c.password_kind === PasswordKind.Legacy && c.email)).toHaveLength(
      1,
    );
    expect(branch(false, true, false)).toHaveLength(1);
    expect(branch(false, false, true)).toHaveLength(1);
    expect(branch(false, false, false)).toHaveLength(1);
    expect(clients.every((c) => c.manager_code === 'GEST0001')).toBe(true);
    expect(demo.map((a) => a.role)).toEqual(expect.arrayContaining([Role.Staff, Role.Admin]));
  });

  it('stores the demo passwords only as argon2id hashes that verify', async () => {
    const stored = await accounts();
    for (const workspace of DEMO_WORKSPACES) {
      for (const account of workspace.accounts.filter((a) => a.password)) {
        const row = stored.find(
          (r) => r.workspace === workspace.slug && r.access_code === account.accessCode,
        );
        expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        expect(await verify(row!.password_hash!, account.password!.plain)).toBe(true);
      }
    }
  });

  it('gives a second firm the same access code without mixing the two', async () => {
    const sameCode = (await accounts()).filter((a) => a.access_code === '72018689');
    expect(sameCode.map((a) => a.workspace).sort()).toEqual(['autre', 'demo']);
  });

  it('never seeds twice', async () => {
    const before = (await accounts()).length;
    expect(await testApp.app.get(DemoDataService).seedIfEmpty()).toBe(false);
    expect(await accounts()).toHaveLength(before);
  });
});
