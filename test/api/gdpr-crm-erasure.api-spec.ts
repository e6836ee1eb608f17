import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { CreatedApiKey, ErasurePreview, ErpErasureResult } from '@guichet/contracts';
import { DocumentEncryptor } from '../../server/src/core/crypto/document-cipher';
import { DocumentKeys } from '../../server/src/core/crypto/document-keys';
import { BlobStore } from '../../server/src/core/storage/blob-store';
import type { ApiClient } from '../support/api-client';
import { dumpDatabase } from '../support/database-dump';
import { binary, filesUnder, makeBlobDir, removeBlobDir } from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';
import { zipEntries } from '../support/zip-entries';

/** What identifies the contact: none of it may survive the erasure. */
const CONTACT = {
  firstName: 'Ysolde',
  lastName: 'Brakkenridge',
  jobTitle: 'Directrice Halvorsenne',
  email: 'ysolde.brakkenridge@forgeval.test',
  phone: '+33144556677',
  street: '12 rue Vermillonnette',
  city: 'Quintrezac',
  remark: 'Rappeler Ysolde après le salon Tarmigan',
  communication: 'Échange sur le dossier Wyvernholt',
  opportunity: 'Contrat Pellinore 2026',
  document: Buffer.from('Statuts Brakkenridge : contenu que seul ce document contient\n'),
};
const IDENTIFYING = [
  'Ysolde',
  'Brakkenridge',
  'Halvorsenne',
  '144556677',
  'Vermillonnette',
  'Quintrezac',
  'Tarmigan',
  'Wyvernholt',
  'Pellinore',
];

describe('GDPR-2: erasure of CRM records, and the ERP', () => {
  let testApp: TestApp;
  let blobDir: string;
  let admin: ApiClient;
  let workspaceId: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0]!
      .n;
  const insert = async (table: string, values: Record<string, unknown>) => {
    const columns = Object.keys(values);
    const [row] = await sql<{ id: string }>(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(values),
    );
    return row!.id;
  };

  /** A document stored as the CRM stores it: encrypted blob, data key wrapped by the master key. */
  async function storeDocument(owner: Record<string, string>, name: string, bytes: Buffer) {
    const id = randomUUID();
    const storageKey = `${workspaceId}/${id}`;
    const { key, wrapped } = testApp.app.get(DocumentKeys).create(id);
    await testApp.app
      .get(BlobStore)
      .write(storageKey, Readable.from([bytes]).pipe(new DocumentEncryptor(key)));
    return insert('crm_document', {
      id,
      workspace_id: workspaceId,
      ...owner,
      name,
      size: bytes.length,
      content_type: 'text/plain',
      storage_key: storageKey,
      key_id: wrapped.keyId,
      wrapped_key: wrapped.wrapped,
      state: 'stored',
    });
  }

  /** A record with one of every sub-record, as the CRM screens create them. */
  async function subRecords(owner: Record<string, string>, person = CONTACT) {
    const base = { workspace_id: workspaceId, ...owner };
    await insert('crm_address', { ...base, line1: person.street, city: person.city });
    await insert('crm_phone', { ...base, number: person.phone });
    await insert('crm_email', { ...base, address: person.email });
    await insert('crm_remark', { ...base, text: person.remark });
    await insert('crm_communication', {
      ...base,
      direction: 'from-person',
      channel: 'phone',
      occurred_at: new Date(),
      subject: person.communication,
      summary: person.communication,
    });
    await insert('crm_opportunity', { ...base, title: person.opportunity });
    await storeDocument(owner, 'statuts.txt', person.document);
  }

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: {
        BLOB_DIR: blobDir,
        THROTTLE_IP_FREE: '1000',
        GDPR_ERASURE_RECIPIENTS: 'dpo@cabinet-demo.test',
      },
    });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
    workspaceId = (await sql<{ id: string }>(`SELECT id FROM workspace WHERE slug = 'demo'`))[0]!
      .id;
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  it('erases a contact with every sub-record and document: the dump and the blobs hold none of it; the company stays', async () => {
    const company = await insert('crm_company', { workspace_id: workspaceId, name: 'Forgeval' });
    const contact = await insert('crm_contact', {
      workspace_id: workspaceId,
      company_id: company,
      first_name: CONTACT.firstName,
      last_name: CONTACT.lastName,
      job_title: CONTACT.jobTitle,
    });
    await subRecords({ contact_id: contact });
    // A mail to them still waiting in the outbox.
    await insert('outbox_message', {
      idempotency_key: `test:${contact}`,
      workspace_id: workspaceId,
      channel: 'mail',
      template: 'one-time-code',
      recipient: CONTACT.email,
    });
    expect(await filesUnder(blobDir)).toHaveLength(1);

    const preview = (await admin.get(`/api/admin/gdpr/contact/${contact}/erasure`).expect(200))
      .body as ErasurePreview;
    expect(preview).toEqual(
      expect.objectContaining({
        label: 'Ysolde Brakkenridge',
        confirmation: 'Ysolde Brakkenridge',
        documents: 1,
        counts: expect.objectContaining({
          crm_contact: 1,
          crm_address: 1,
          crm_phone: 1,
          crm_email: 1,
          crm_remark: 1,
          crm_communication: 1,
          crm_opportunity: 1,
          crm_document: 1,
          outbox_message: 1,
        }),
      }),
    );
    await admin
      .post(`/api/admin/gdpr/contact/${contact}/erasure`)
      .send({ confirmation: 'ysolde brakkenridge' })
      .expect(200);

    for (const withoutPgDump of [false, true]) {
      const { text, tool } = await dumpDatabase(testApp.database.url, { withoutPgDump });
      const lower = text.toLowerCase();
      const found = [...IDENTIFYING, CONTACT.email].filter((v) => lower.includes(v.toLowerCase()));
      expect({ tool, found }).toEqual({ tool, found: [] });
    }
    expect(await filesUnder(blobDir)).toEqual([]);
    expect(await count('crm_company', `id = $1 AND name = 'Forgeval'`, [company])).toBe(1);
    expect(await count('erasure_tombstone', `subject_kind = 'contact'`)).toBe(1);

    // Their e-mail or phone is not recorded again silently, on any record of the firm.
    const other = await insert('crm_contact', { workspace_id: workspaceId, last_name: 'Autre' });
    for (const [path, body] of [
      ['emails', { address: CONTACT.email.toUpperCase() }],
      ['phones', { number: '01 44 55 66 77' }],
    ] as const) {
      const refused = await admin.post(`/api/crm/contacts/${other}/${path}`).send(body).expect(409);
      expect(refused.body.code).toBe('GDPR_ERASED_BEFORE');
    }
    await admin
      .post(`/api/crm/contacts/${other}/emails`)
      .send({ address: 'nouvelle@forgeval.test' })
      .expect(201);
    expect(await count('crm_email', 'contact_id = $1', [other])).toBe(1);
  });

  it('erases a lead, keeping an anonymous row', async () => {
    const lead = await insert('crm_lead', {
      workspace_id: workspaceId,
      first_name: 'Odalric',
      last_name: 'Fennimore',
      company_name: 'Gravelinges',
    });
    await insert('crm_remark', { workspace_id: workspaceId, lead_id: lead, text: 'Fennimore' });
    const preview = (await admin.get(`/api/admin/gdpr/lead/${lead}/erasure`).expect(200))
      .body as ErasurePreview;
    expect(preview.confirmation).toBe('Odalric Fennimore Gravelinges');
    await admin
      .post(`/api/admin/gdpr/lead/${lead}/erasure`)
      .send({ confirmation: preview.confirmation })
      .expect(200);
    const { text } = await dumpDatabase(testApp.database.url);
    expect(['Odalric', 'Fennimore', 'Gravelinges'].filter((v) => text.includes(v))).toEqual([]);
  });

  it('refuses a company linked to an ERP third party (409 with the reference); the ERP erasure goes through', async () => {
    const company = await insert('crm_company', {
      workspace_id: workspaceId,
      name: 'Tiers Oxelwick',
      erp_reference: 'ERP-C-0042',
    });
    const contact = await insert('crm_contact', {
      workspace_id: workspaceId,
      company_id: company,
      last_name: 'Salarié',
    });
    await insert('crm_address', {
      workspace_id: workspaceId,
      company_id: company,
      line1: '3 quai Oxelwick',
      city: 'Brest',
    });

    for (const refused of [
      await admin.get(`/api/admin/gdpr/company/${company}/erasure`),
      await admin
        .post(`/api/admin/gdpr/company/${company}/erasure`)
        .send({ confirmation: 'Tiers Oxelwick' }),
    ]) {
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('GDPR_ERP_LINKED');
      expect(refused.body.message).toContain('ERP-C-0042');
      expect(refused.body.message).toMatch(/erase it in the ERP/);
    }
    expect(await count('crm_company', `id = $1 AND name = 'Tiers Oxelwick'`, [company])).toBe(1);

    const key = async (scopes: string[]) =>
      (
        (
          await admin
            .post('/api/admin/api-keys')
            .send({ name: `ERP ${scopes.join(' ')}`, scopes })
            .expect(201)
        ).body as CreatedApiKey
      ).secret;
    const readOnly = await key(['gdpr:read']);
    await testApp.http
      .post('/api/integration/erasures')
      .set('Authorization', `Bearer ${readOnly}`)
      .send({ externalReference: 'ERP-C-0042' })
      .expect(403);
    await testApp.http
      .post('/api/integration/erasures')
      .send({ externalReference: 'ERP-C-0042' })
      .expect(401);

    const erp = await key(['gdpr:write']);
    const unknown = await testApp.http
      .post('/api/integration/erasures')
      .set('Authorization', `Bearer ${erp}`)
      .send({ externalReference: 'ERP-C-9999' })
      .expect(200);
    expect(unknown.body).toEqual({ erased: [] });
    const done = await testApp.http
      .post('/api/integration/erasures')
      .set('Authorization', `Bearer ${erp}`)
      .send({ externalReference: 'ERP-C-0042' })
      .expect(200);
    expect((done.body as ErpErasureResult).erased).toEqual([
      { kind: 'company', tombstoneId: expect.any(String) },
    ]);
    const [row] = await sql<{ name: string; erp_reference: string | null }>(
      `SELECT name, erp_reference FROM crm_company WHERE id = $1`,
      [company],
    );
    expect(row).toEqual({ name: '', erp_reference: null });
    expect(await count('crm_address', 'company_id = $1', [company])).toBe(0);
    // Its contacts are people of their own: detached, not erased.
    expect(await count('crm_contact', 'id = $1 AND company_id IS NULL', [contact])).toBe(1);
    expect(
      await count(
        'erasure_tombstone',
        `origin = 'erp' AND subject_kind = 'company' AND erased_by IS NULL`,
      ),
    ).toBe(1);
    // Every erasure is told to the configured recipients (GDPR art. 19), without a name.
    expect(await count('outbox_message', `template = 'erasure-notice'`)).toBe(3);
  });

  it('exports a contact with its sub-records and its decrypted document', async () => {
    const contact = await insert('crm_contact', {
      workspace_id: workspaceId,
      first_name: 'Export',
      last_name: 'Contact',
    });
    await subRecords(
      { contact_id: contact },
      { ...CONTACT, email: 'export.contact@forgeval.test' },
    );
    const response = await admin
      .get(`/api/admin/gdpr/contact/${contact}/export`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const entries = zipEntries(response.body as Buffer);
    expect(entries.get('documents/statuts.txt')).toEqual(CONTACT.document);
    const json = JSON.parse(entries.get('donnees.json')!.toString('utf8'));
    expect(json.data.identity.crm_contact).toEqual([{ firstName: 'Export', lastName: 'Contact' }]);
    expect(json.data.contact.crm_address).toEqual([
      expect.objectContaining({ line1: CONTACT.street, city: CONTACT.city }),
    ]);
    expect(json.data.contact.crm_email).toEqual([
      expect.objectContaining({ address: 'export.contact@forgeval.test' }),
    ]);
    expect(JSON.stringify(json.data)).toContain(CONTACT.remark);
  });
});
