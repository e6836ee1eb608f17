import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  type ApiKeySummary,
  AuditEventKind,
  AuthErrorCode,
  CommonErrorCode,
  type CreatedApiKey,
  IntegrationErrorCode,
  type IntegrationIdentity,
  Role,
} from '@guichet/contracts';
import { NIST_800_63B } from '@guichet/password-policy';
import type { ApiKey } from '../../server/src/modules/integrations/api-key';
import { IntegrationsModule } from '../../server/src/modules/integrations/integrations.module';
import {
  CurrentApiKey,
  RequireScopes,
} from '../../server/src/modules/integrations/require-scopes.decorator';
import type { ApiClient } from '../support/api-client';
import { changePassword, createWithTemporaryPassword } from '../support/password-accounts';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

/** Machine routes as a later module (GDPR sync) will declare them; mounted for this test only. */
@Controller('test-integration')
class ScopedRoutesController {
  @Get('opt-outs')
  @RequireScopes('gdpr:read')
  read(@CurrentApiKey() key: ApiKey): { keyId: string } {
    return { keyId: key.id };
  }

  @Post('erasures')
  @HttpCode(202)
  @RequireScopes('gdpr:write', 'crm:read')
  write(): void {}
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const inAYear = () => inDays(365);

describe('integration API keys (PWD-6)', () => {
  let testApp: TestApp;
  let admin: ApiClient;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const create = async (body: object, client = admin) =>
    (await client.post('/api/admin/api-keys').send(body).expect(201)).body as CreatedApiKey;
  const whoami = (secret: string | null) => {
    const request = testApp.http.get('/api/integration/whoami');
    return secret === null ? request : request.set('Authorization', `Bearer ${secret}`);
  };

  beforeAll(async () => {
    testApp = await startTestApp({
      demoData: true,
      env: { THROTTLE_IP_FREE: '1000' },
      controllers: [ScopedRoutesController],
      imports: [IntegrationsModule],
    });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
  });

  afterAll(() => testApp.close());

  it('creates a key shown once, with a recognisable prefix, stored as a SHA-256 hash; it authenticates machine calls', async () => {
    const created = await create({
      name: 'ERP Sage',
      scopes: ['gdpr:read', 'gdpr:write'],
      expiresAt: inAYear(),
    });
    expect(created.secret).toMatch(/^gch_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({
      name: 'ERP Sage',
      prefix: created.secret.slice(0, 12),
      scopes: ['gdpr:read', 'gdpr:write'],
      state: 'active',
      createdBy: { name: 'Alex Administrateur' },
      lastUsedAt: null,
      revokedAt: null,
    });
    const rows = await sql<{ secret_hash: Buffer }>('SELECT secret_hash FROM api_key');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secret_hash.toString('hex')).toHaveLength(64);
    expect(JSON.stringify(await sql('SELECT * FROM api_key'))).not.toContain(
      created.secret.slice(12),
    );
    const listed = (await admin.get('/api/admin/api-keys').expect(200)).body as ApiKeySummary[];
    expect(listed).toEqual([created.key]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const identity = (await whoami(created.secret).expect(200)).body as IntegrationIdentity;
    expect(identity).toEqual({
      workspace: { slug: 'demo', name: 'Cabinet Demo' },
      key: {
        id: created.key.id,
        name: 'ERP Sage',
        prefix: created.key.prefix,
        scopes: ['gdpr:read', 'gdpr:write'],
        expiresAt: created.key.expiresAt,
      },
    });
    const [used] = (await admin.get('/api/admin/api-keys').expect(200)).body as ApiKeySummary[];
    expect(Date.now() - Date.parse(used!.lastUsedAt!)).toBeLessThan(60_000);
    // No cookie, no session: the key alone; a session cookie alone is not a key.
    const cookie = admin.cookieHeader();
    const withCookie = await testApp.http.get('/api/integration/whoami').set('Cookie', cookie);
    expect([withCookie.status, withCookie.body.code]).toEqual([
      401,
      IntegrationErrorCode.KeyInvalid,
    ]);
    const events = await sql<{ kind: string }>(
      `SELECT kind FROM audit_event WHERE target_ids->>'apiKeyId' = $1`,
      [created.key.id],
    );
    expect(events.map((event) => event.kind)).toEqual([AuditEventKind.ApiKeyCreated]);
  });

  it('enforces scopes: 403 for a missing one; machine routes need no XSRF header', async () => {
    const reader = await create({ name: 'Lecture seule', scopes: ['gdpr:read'] });
    const writer = await create({
      name: 'Synchro',
      scopes: ['gdpr:write', 'crm:read'],
      expiresAt: inAYear(),
    });
    const call = (method: 'get' | 'post', path: string, secret: string) =>
      testApp.http[method](`/api/test-integration/${path}`).set(
        'Authorization',
        `Bearer ${secret}`,
      );

    expect((await call('get', 'opt-outs', reader.secret).expect(200)).body).toEqual({
      keyId: reader.key.id,
    });
    await call('post', 'erasures', writer.secret).expect(202);
    const missing = await call('post', 'erasures', reader.secret).expect(403);
    expect(missing.body.code).toBe(IntegrationErrorCode.ScopeMissing);
    expect((await call('get', 'opt-outs', writer.secret).expect(403)).body.code).toBe(
      IntegrationErrorCode.ScopeMissing,
    );
    for (const authorization of [
      undefined,
      'Bearer',
      `Basic ${writer.secret}`,
      `Bearer ${writer.secret}x`,
      `Bearer gch_${'A'.repeat(43)}`,
    ]) {
      const request = testApp.http.post('/api/test-integration/erasures');
      if (authorization) request.set('Authorization', authorization);
      expect((await request.expect(401)).body.code).toBe(IntegrationErrorCode.KeyInvalid);
    }
  });

  it('revoked and expired keys answer 401 at once, and the trail notes their use', async () => {
    const revoked = await create({ name: 'Ancien ERP', scopes: ['crm:read'] });
    await whoami(revoked.secret).expect(200);
    const after = (await admin.post(`/api/admin/api-keys/${revoked.key.id}/revoke`).expect(200))
      .body as ApiKeySummary;
    expect(after).toMatchObject({ state: 'revoked' });
    expect(after.revokedAt).not.toBeNull();
    expect((await whoami(revoked.secret).expect(401)).body.code).toBe(
      IntegrationErrorCode.KeyInvalid,
    );
    // Revoking again changes nothing.
    expect(
      (await admin.post(`/api/admin/api-keys/${revoked.key.id}/revoke`).expect(200)).body,
    ).toEqual(after);

    const expiring = await create({ name: 'Essai', scopes: ['crm:read'], expiresAt: inAYear() });
    await whoami(expiring.secret).expect(200);
    // Move time: the key's expiry has passed.
    await sql(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.key.id,
    ]);
    expect((await whoami(expiring.secret).expect(401)).body.code).toBe(
      IntegrationErrorCode.KeyInvalid,
    );
    const states = Object.fromEntries(
      ((await admin.get('/api/admin/api-keys').expect(200)).body as ApiKeySummary[]).map((key) => [
        key.name,
        key.state,
      ]),
    );
    expect(states).toMatchObject({ 'Ancien ERP': 'revoked', Essai: 'expired' });
    const rejected = await sql<{ target: string }>(
      `SELECT target_ids->>'apiKeyId' AS target FROM audit_event WHERE kind = $1 ORDER BY occurred_at`,
      [AuditEventKind.ApiKeyRejected],
    );
    expect(rejected.map((row) => row.target)).toEqual([revoked.key.id, expiring.key.id]);
    const kinds = await sql<{ kind: string }>(
      `SELECT kind FROM audit_event WHERE target_ids->>'apiKeyId' = $1 ORDER BY occurred_at, id`,
      [revoked.key.id],
    );
    expect(kinds.map((row) => row.kind)).toEqual([
      AuditEventKind.ApiKeyCreated,
      AuditEventKind.ApiKeyRevoked,
      AuditEventKind.ApiKeyRejected,
    ]);
  });

  it("keeps working when passwords change: the creator's, or anyone's", async () => {
    // An admin of its own creates the key, then changes password, gets a temporary one, is locked.
    const { id, temporaryPassword } = await createWithTemporaryPassword(admin, {
      accessCode: 'KEYADMIN',
      firstName: 'Nora',
      lastName: 'Vidal',
      role: Role.Admin,
    });
    const nora = await testApp.client();
    await signInOk(nora, {
      workspace: 'demo',
      identifier: 'KEYADMIN',
      password: temporaryPassword,
    });
    await changePassword(nora, temporaryPassword, 'Tulipe-Orage-Vermeil-42').expect(200);
    const key = await create({ name: 'Synchro ERP', scopes: ['gdpr:write'] }, nora);
    await whoami(key.secret).expect(200);
    await changePassword(nora, 'Tulipe-Orage-Vermeil-42', 'Grenouille-Violette-Brume-83').expect(
      200,
    );
    await whoami(key.secret).expect(200);
    await admin.post(`/api/admin/accounts/${id}/temporary-password`).expect(200);
    await admin.post(`/api/admin/accounts/${id}/lock`).expect(200);
    await whoami(key.secret).expect(200);
    await admin
      .put('/api/admin/password-policy')
      .send({ mode: 'enforce', policy: NIST_800_63B })
      .expect(200);
    await admin.post('/api/admin/password-compliance/repair-all').expect(200);
    expect(((await whoami(key.secret).expect(200)).body as IntegrationIdentity).key.scopes).toEqual(
      ['gdpr:write'],
    );
  });

  it("is for the firm's admins only; another firm's key is not found; bad input answers 422 and creates nothing", async () => {
    const key = await create({ name: 'Démo', scopes: ['crm:read'] });
    const anonymous = await testApp.client();
    expect((await anonymous.get('/api/admin/api-keys').expect(401)).body.code).toBe(
      CommonErrorCode.Unauthenticated,
    );
    const legacy = await testApp.client();
    await signInOk(legacy, DEMO.legacyClient);
    await legacy.get('/api/admin/api-keys').expect(403);
    await legacy
      .post('/api/admin/api-keys')
      .send({ name: 'x', scopes: ['crm:read'] })
      .expect(403);
    const otherFirm = await testApp.client();
    await signInOk(otherFirm, DEMO.otherAdmin);
    expect((await otherFirm.get('/api/admin/api-keys').expect(200)).body).toEqual([]);
    expect(
      (await otherFirm.post(`/api/admin/api-keys/${key.key.id}/revoke`).expect(404)).body.code,
    ).toBe(IntegrationErrorCode.KeyNotFound);
    await whoami(key.secret).expect(200);
    const cookie = admin.cookieHeader();
    const forged = await testApp.http
      .post('/api/admin/api-keys')
      .set('Cookie', cookie)
      .send({ name: 'Forgée', scopes: ['crm:read'] })
      .expect(403);
    expect(forged.body.code).toBe(AuthErrorCode.CsrfRejected);

    const count = async () => (await sql('SELECT id FROM api_key')).length;
    const before = await count();
    const invalid = await admin
      .post('/api/admin/api-keys')
      .send({
        name: 'x'.repeat(101),
        scopes: ['admin:all', 'crm:read', 'crm:read'],
        expiresAt: 'demain',
      })
      .expect(422);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['expiresAt', 'name', 'scopes']);
    const empty = await admin
      .post('/api/admin/api-keys')
      .send({ name: '  ', scopes: [] })
      .expect(422);
    expect(Object.keys(empty.body.fields)).toEqual(['scopes']);
    const blank = await admin
      .post('/api/admin/api-keys')
      .send({ name: '  ', scopes: ['crm:read'] })
      .expect(422);
    expect(blank.body.fields).toEqual({ name: ['isNotEmpty'] });
    const past = await admin
      .post('/api/admin/api-keys')
      .send({
        name: 'Passée',
        scopes: ['crm:read'],
        expiresAt: new Date(Date.now() - 1000).toISOString(),
      })
      .expect(422);
    expect(past.body.fields).toEqual({ expiresAt: ['past'] });
    const far = await admin
      .post('/api/admin/api-keys')
      .send({ name: 'Lointaine', scopes: ['crm:read'], expiresAt: '2099-01-01T00:00:00Z' })
      .expect(422);
    expect(far.body.fields).toEqual({ expiresAt: ['tooFar'] });
    // PWD-6: a key that never expires is not made any more.
    const never = await admin
      .post('/api/admin/api-keys')
      .send({ name: 'Éternelle', scopes: ['crm:read'], expiresAt: null })
      .expect(422);
    expect(Object.keys(never.body.fields)).toEqual(['expiresAt']);
    const overAYear = await admin
      .post('/api/admin/api-keys')
      .send({ name: 'Trop longue', scopes: ['crm:read'], expiresAt: inDays(367) })
      .expect(422);
    expect(overAYear.body.fields).toEqual({ expiresAt: ['tooFar'] });
    await admin.post('/api/admin/api-keys/not-a-uuid/revoke').expect(422);
    expect(await count()).toBe(before);
  });

  it('expires every new key: 90 days unless told, one year at most (PWD-6)', async () => {
    const before = Date.now();
    const usual = await create({ name: 'Par défaut', scopes: ['crm:read'] });
    const expiry = Date.parse(usual.key.expiresAt!);
    expect(expiry - before).toBeGreaterThanOrEqual(90 * 86_400_000);
    expect(expiry - Date.now()).toBeLessThanOrEqual(90 * 86_400_000);
    const [row] = await sql<{ expires_at: Date }>('SELECT expires_at FROM api_key WHERE id = $1', [
      usual.key.id,
    ]);
    expect(row!.expires_at.toISOString()).toBe(usual.key.expiresAt);
    const longest = await create({ name: 'Un an', scopes: ['crm:read'], expiresAt: inDays(366) });
    expect(Date.parse(longest.key.expiresAt!) - Date.now()).toBeGreaterThan(365 * 86_400_000);
    for (const key of [usual, longest]) await whoami(key.secret).expect(200);
  });

  it('keeps a key made before expiries were mandatory working until revoked; the list says it never expires', async () => {
    const old = await create({ name: 'Connecteur 2024', scopes: ['gdpr:read'] });
    // As such keys are stored: no expiry (no data change made them expire).
    await sql('UPDATE api_key SET expires_at = NULL WHERE id = $1', [old.key.id]);

    const identity = (await whoami(old.secret).expect(200)).body as IntegrationIdentity;
    expect(identity.key.expiresAt).toBeNull();
    const listed = (
      (await admin.get('/api/admin/api-keys').expect(200)).body as ApiKeySummary[]
    ).find((key) => key.id === old.key.id);
    expect(listed).toMatchObject({ state: 'active', expiresAt: null });

    await admin.post(`/api/admin/api-keys/${old.key.id}/revoke`).expect(200);
    expect((await whoami(old.secret).expect(401)).body.code).toBe(IntegrationErrorCode.KeyInvalid);
  });
});
