import {
  CommonErrorCode,
  type CrmCompanyDetail,
  type CrmCompanySummary,
  type CrmContactDetail,
  type CrmDocument,
  CrmErrorCode,
  type CrmLeadDetail,
  type CrmLeadSummary,
  type CrmPage,
  type CrmRemark,
} from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { createCompany, createContact, createLead, postOk } from '../support/crm';
import { filesUnder, makeBlobDir, PDF, removeBlobDir } from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const CLIENT = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };

describe('CRM records, search and access (GDPR-1, GDPR-7)', () => {
  let testApp: TestApp;
  let blobDir: string;
  let staff: ApiClient;
  let admin: ApiClient;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const as = async (credentials: typeof CLIENT): Promise<ApiClient> => {
    const client = await testApp.client();
    await signInOk(client, credentials);
    return client;
  };
  const list = async <T>(client: ApiClient, path: string, query: Record<string, string> = {}) =>
    ((await client.get(path).query(query).expect(200)).body as CrmPage<T>).items;

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000' },
    });
    staff = await as(DEMO.staff);
    admin = await as(DEMO.admin);
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  it('shows the demo firm’s CRM: companies, a third party opted out by the ERP and its contact', async () => {
    const companies = await list<CrmCompanySummary>(staff, '/api/crm/companies', { q: 'roux' });
    expect(companies).toEqual([
      expect.objectContaining({
        name: 'Menuiserie Roux',
        erpReference: 'C00017',
        city: 'Voiron',
        contactCount: 1,
        marketingOptOut: expect.objectContaining({ source: 'erp' }),
      }),
    ]);
    const [paul] = await list<{ company: { name: string }; marketingOptOut: { source: string } }>(
      staff,
      '/api/crm/contacts',
      { name: 'paul roux' },
    );
    expect(paul).toMatchObject({
      company: { name: 'Menuiserie Roux' },
      marketingOptOut: { source: 'company' },
    });
    expect((await list(staff, '/api/crm/leads', { q: 'moreau' })).length).toBe(1);
  });

  it('creates a company with addresses, phones, e-mails, communications and opportunities, and shows them on its page', async () => {
    const company = await createCompany(staff, 'Boulangerie Élise Martin');
    const base = `/api/crm/companies/${company.id}`;
    await postOk(staff, `${base}/addresses`, {
      label: 'Siège',
      line1: '3 rue des Lilas',
      postalCode: '69003',
      city: 'Lyon',
    });
    await postOk(staff, `${base}/phones`, { label: 'Standard', number: '04 78 12 34 56' });
    await postOk(staff, `${base}/emails`, { address: 'Contact@Boulangerie-Martin.fr' });
    await postOk(staff, `${base}/communications`, {
      direction: 'from-person',
      channel: 'phone',
      occurredAt: '2026-01-15T09:30:00Z',
      subject: 'Demande de devis',
    });
    await postOk(admin, `${base}/opportunities`, { title: 'Contrat annuel', amountCents: 120000 });
    const contact = await createContact(staff, {
      firstName: 'Élise',
      lastName: 'Martin',
      companyId: company.id,
    });

    const page = (await staff.get(base).expect(200)).body as CrmCompanyDetail;
    expect(page).toMatchObject({
      name: 'Boulangerie Élise Martin',
      erpReference: null,
      marketingOptOut: null,
      addresses: [
        {
          label: 'Siège',
          line1: '3 rue des Lilas',
          postalCode: '69003',
          city: 'Lyon',
          country: 'FR',
        },
      ],
      phones: [{ label: 'Standard', number: '+33478123456' }],
      emails: [{ address: 'contact@boulangerie-martin.fr' }],
      communications: [{ direction: 'from-person', channel: 'phone', subject: 'Demande de devis' }],
      opportunities: [{ title: 'Contrat annuel', amountCents: 120000, stage: 'open' }],
      contacts: [{ id: contact.id, firstName: 'Élise', lastName: 'Martin' }],
    });
    expect(contact.company).toEqual({ id: company.id, name: 'Boulangerie Élise Martin' });
  });

  it('finds records by name, e-mail, phone or city, ignoring case and accents, and by several criteria at once', async () => {
    const durand = await createCompany(staff, 'Garage Durand');
    await postOk(staff, `/api/crm/companies/${durand.id}/addresses`, {
      line1: '1 quai',
      city: 'Saint-Étienne',
    });
    await postOk(staff, `/api/crm/companies/${durand.id}/phones`, { number: '06 12 34 56 78' });
    await postOk(staff, `/api/crm/companies/${durand.id}/emails`, {
      address: 'atelier@garage-durand.fr',
    });
    const other = await createCompany(staff, 'Garage Dupuis');
    await postOk(staff, `/api/crm/companies/${other.id}/addresses`, {
      line1: '2 rue',
      city: 'Lyon',
    });

    const names = async (query: Record<string, string>) =>
      (await list<CrmCompanySummary>(staff, '/api/crm/companies', query)).map((c) => c.name);
    expect(await names({ q: 'durand' })).toEqual(['Garage Durand']);
    expect(await names({ q: 'GARAGE-DURAND.FR' })).toEqual(['Garage Durand']);
    expect(await names({ q: '06 12 34' })).toEqual(['Garage Durand']);
    // Digits inside a word are part of the word, not a phone number.
    expect(await names({ q: 'garage3' })).toEqual([]);
    expect(await names({ q: 'durand 0612' })).toEqual(['Garage Durand']);
    expect(await names({ q: 'saint etienne' })).toEqual(['Garage Durand']);
    expect(await names({ q: 'garage' })).toEqual(
      ['Garage Dupuis', 'Garage Durand'].sort().reverse().sort(),
    );
    expect(await names({ name: 'garage', city: 'lyon' })).toEqual(['Garage Dupuis']);
    expect(await names({ name: 'garage', city: 'lyon', email: 'durand' })).toEqual([]);

    const [line] = await list<CrmCompanySummary>(staff, '/api/crm/companies', { q: 'durand' });
    expect(line).toMatchObject({
      email: 'atelier@garage-durand.fr',
      phone: '+33612345678',
      city: 'Saint-Étienne',
      contactCount: 0,
    });
  });

  it('updates and deletes contacts and leads, and a lead lists by status', async () => {
    const lead = await createLead(staff, {
      firstName: 'Jean',
      lastName: 'Prospect',
      companyName: 'SARL Prospect',
    });
    const updated = (
      await staff.patch(`/api/crm/leads/${lead.id}`).send({ status: 'qualified' }).expect(200)
    ).body as CrmLeadDetail;
    expect(updated).toMatchObject({
      lastName: 'Prospect',
      companyName: 'SARL Prospect',
      status: 'qualified',
    });
    expect(
      (await list<CrmLeadSummary>(staff, '/api/crm/leads', { status: 'qualified' })).map(
        (l) => l.id,
      ),
    ).toEqual([lead.id]);

    const contact = await createContact(staff, { lastName: 'Temporaire' });
    await postOk(staff, `/api/crm/contacts/${contact.id}/emails`, { address: 'temp@example.org' });
    const moved = (
      await staff
        .patch(`/api/crm/contacts/${contact.id}`)
        .send({ jobTitle: 'Comptable' })
        .expect(200)
    ).body as CrmContactDetail;
    expect(moved.jobTitle).toBe('Comptable');
    await staff.delete(`/api/crm/contacts/${contact.id}`).expect(204);
    await staff.get(`/api/crm/contacts/${contact.id}`).expect(404);
    expect(await sql('SELECT 1 FROM crm_email WHERE address = $1', ['temp@example.org'])).toEqual(
      [],
    );
  });

  it('answers 404 to another firm, 403 to a client and 401 without a session, and changes nothing', async () => {
    const company = await createCompany(staff, 'Secret SA');
    const phone = await postOk<{ id: string }>(staff, `/api/crm/companies/${company.id}/phones`, {
      number: '0102030405',
    });
    const client = await as(CLIENT);
    const otherFirm = await as(DEMO.otherAdmin);
    const calls = (caller: ApiClient) => [
      caller.get(`/api/crm/companies/${company.id}`),
      caller.get(`/api/crm/target-groups/${company.id}`),
      caller.patch(`/api/crm/companies/${company.id}`).send({ name: 'Volé' }),
      caller.delete(`/api/crm/companies/${company.id}/phones/${phone.id}`),
      caller.put(`/api/crm/companies/${company.id}/marketing-opt-out`).send({ optedOut: true }),
      caller.delete(`/api/crm/companies/${company.id}`),
    ];
    for (const call of calls(otherFirm)) {
      const response = await call;
      expect([response.status, response.body.code]).toEqual([404, CrmErrorCode.NotFound]);
    }
    // The CRM is for the firm's staff: a client is refused as on every staff route.
    for (const call of [...calls(client), client.get('/api/crm/companies')]) {
      const response = await call;
      expect([response.status, response.body.code]).toEqual([403, CommonErrorCode.Forbidden]);
    }
    expect(await list(otherFirm, '/api/crm/companies')).toEqual([]);
    await (await testApp.client()).get('/api/crm/companies').expect(401);
    expect((await staff.get(`/api/crm/companies/${company.id}`).expect(200)).body).toMatchObject({
      name: 'Secret SA',
      phones: [{ number: '+33102030405' }],
      marketingOptOut: null,
    });
  });

  it('refuses bad input with a 422 keyed by field and changes nothing', async () => {
    const company = await createCompany(staff, 'Intacte');
    const before = await sql('SELECT * FROM crm_company WHERE id = $1', [company.id]);
    const cases: [string, string, object, string][] = [
      ['post', '/api/crm/companies', { name: '' }, 'name'],
      ['post', '/api/crm/companies', { name: 'X', erpReference: 'C1' }, 'erpReference'],
      ['patch', `/api/crm/companies/${company.id}`, { name: 'x'.repeat(201) }, 'name'],
      [
        'post',
        `/api/crm/companies/${company.id}/emails`,
        { address: 'pas-une-adresse' },
        'address',
      ],
      ['post', `/api/crm/companies/${company.id}/phones`, { number: '12' }, 'number'],
      [
        'post',
        `/api/crm/companies/${company.id}/communications`,
        {
          direction: 'sideways',
          channel: 'phone',
          occurredAt: '2026-01-01T00:00:00Z',
          subject: 'x',
        },
        'direction',
      ],
      [
        'post',
        `/api/crm/companies/${company.id}/communications`,
        {
          direction: 'to-person',
          channel: 'phone',
          occurredAt: '2999-01-01T00:00:00Z',
          subject: 'x',
        },
        'occurredAt',
      ],
      ['post', '/api/crm/contacts', { lastName: 'X', companyId: 'not-a-uuid' }, 'companyId'],
      ['post', '/api/crm/target-groups', { name: 'G', entity: 'planet', criteria: {} }, 'entity'],
    ];
    for (const [method, path, body, field] of cases) {
      const response = await (method === 'post' ? staff.post(path) : staff.patch(path)).send(body);
      expect([path, response.status, response.body.code]).toEqual([
        path,
        422,
        CommonErrorCode.ValidationFailed,
      ]);
      expect(Object.keys(response.body.fields as object)).toContain(field);
    }
    await staff.get('/api/crm/companies?page=0').expect(422);
    await staff
      .put(`/api/crm/planets/${company.id}/marketing-opt-out`)
      .send({ optedOut: true })
      .expect(404);
    expect(await sql('SELECT * FROM crm_company WHERE id = $1', [company.id])).toEqual(before);
    expect(
      await sql('SELECT count(*)::int AS n FROM crm_email WHERE company_id = $1', [company.id]),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses a remark that looks sensitive until the user confirms having seen the warning (GDPR-7)', async () => {
    const contact = await createContact(staff, { lastName: 'Remarque' });
    const path = `/api/crm/contacts/${contact.id}/remarks`;
    const refused = await staff
      .post(path)
      .send({ text: 'Hospitalisé, délégué syndical CGT' })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: CrmErrorCode.SensitiveText,
      fields: { text: ['health', 'opinions'] },
    });
    expect(
      await sql('SELECT count(*)::int AS n FROM crm_remark WHERE contact_id = $1', [contact.id]),
    ).toEqual([{ n: 0 }]);

    const plain = await postOk<CrmRemark>(staff, path, { text: 'Préfère être rappelé le matin' });
    expect(plain.author).toMatchObject({ name: 'Camille Gestionnaire' });
    const kept = await postOk<CrmRemark>(staff, path, {
      text: 'Hospitalisé, délégué syndical CGT',
      acknowledgeSensitive: true,
    });
    await staff
      .put(`${path}/${plain.id}`)
      .send({ text: 'Un vrai connard au téléphone' })
      .expect(422);
    const detail = (await staff.get(`/api/crm/contacts/${contact.id}`).expect(200))
      .body as CrmContactDetail;
    expect(detail.remarks.map((r) => r.text).sort()).toEqual(
      ['Hospitalisé, délégué syndical CGT', 'Préfère être rappelé le matin'].sort(),
    );
    expect(detail.remarks.map((r) => r.id)).toContain(kept.id);
  });

  it('stores documents encrypted, gives them back intact, and removes them with their record', async () => {
    const lead = await createLead(staff, { lastName: 'Documenté' });
    const uploaded = await staff
      .post(`/api/crm/leads/${lead.id}/documents`)
      .attach('file', PDF, { filename: 'devis.pdf', contentType: 'application/pdf' })
      .expect(201);
    const document = uploaded.body as CrmDocument;
    expect(document).toMatchObject({
      name: 'devis.pdf',
      size: PDF.length,
      contentType: 'application/pdf',
    });
    const blobs = await filesUnder(blobDir);
    expect(blobs).toHaveLength(1);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(`${blobDir}/${blobs[0]}`)).includes(PDF.subarray(0, 40))).toBe(false);

    const download = await staff
      .get(`/api/crm/leads/${lead.id}/documents/${document.id}/content`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    await (
      await as(DEMO.otherAdmin)
    )
      .get(`/api/crm/leads/${lead.id}/documents/${document.id}/content`)
      .expect(404);
    await staff.post(`/api/crm/leads/${lead.id}/documents`).send({}).expect(400);

    await staff.delete(`/api/crm/leads/${lead.id}`).expect(204);
    expect(await filesUnder(blobDir)).toEqual([]);
    expect(await sql('SELECT count(*)::int AS n FROM crm_document')).toEqual([{ n: 0 }]);
  });
});
