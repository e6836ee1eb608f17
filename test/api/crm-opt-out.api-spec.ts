import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  CreatedApiKey,
  CrmCompanyDetail,
  CrmContactDetail,
  CrmContactSummary,
  CrmPage,
  CrmTargetGroup,
  CrmTargetMember,
  ErpMarketingOptOutEvent,
  ErpThirdParty,
} from '@guichet/contracts';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import type { ApiClient } from '../support/api-client';
import { createCompany, createContact, createLead, postOk, setOptOut } from '../support/crm';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const ERP_SECRET = 'erp-webhook-secret-for-the-tests-0123456789';

/** What the fake ERP received: headers and raw body of each POST. */
interface ErpCall {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local HTTP server standing for the ERP's webhook endpoint. */
async function startErp(calls: ErpCall[]): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      calls.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('marketing opt-out: cascade, exclusion and ERP sync (GDPR-1)', () => {
  let testApp: TestApp;
  let erp: Server;
  const erpCalls: ErpCall[] = [];
  let staff: ApiClient;
  let marketing: ApiClient;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const contact = async (id: string) =>
    (await staff.get(`/api/crm/contacts/${id}`).expect(200)).body as CrmContactDetail;
  const company = async (id: string) =>
    (await staff.get(`/api/crm/companies/${id}`).expect(200)).body as CrmCompanyDetail;
  const deliver = () => testApp.app.get(OutboxWorker).drain();

  beforeAll(async () => {
    erp = await startErp(erpCalls);
    const { port } = erp.address() as AddressInfo;
    testApp = await startTestApp({
      demoData: true,
      env: {
        THROTTLE_IP_FREE: '1000',
        ERP_WEBHOOK_URL: `http://127.0.0.1:${port}/guichet/events`,
        ERP_WEBHOOK_SECRET: ERP_SECRET,
      },
    });
    staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    marketing = await testApp.client();
    await signInOk(marketing, DEMO.admin);
  });

  afterAll(async () => {
    await testApp.close();
    await new Promise((resolve) => erp.close(resolve));
  });

  it("cascades a company's opt-out to its contacts, and lifting it spares a contact's own opt-out", async () => {
    const acme = await createCompany(staff, 'Acme Cascade');
    const alice = await createContact(staff, {
      firstName: 'Alice',
      lastName: 'Propre',
      companyId: acme.id,
    });
    const bruno = await createContact(staff, {
      firstName: 'Bruno',
      lastName: 'Suiveur',
      companyId: acme.id,
    });
    await setOptOut(staff, 'contacts', alice.id, true);

    await setOptOut(staff, 'companies', acme.id, true);
    expect((await company(acme.id)).marketingOptOut).toMatchObject({
      source: 'self',
      by: { name: 'Camille Gestionnaire' },
    });
    expect((await contact(alice.id)).marketingOptOut).toMatchObject({ source: 'self' });
    expect((await contact(bruno.id)).marketingOptOut).toMatchObject({ source: 'company' });
    // A contact joining an opted-out company follows it at once.
    const chloe = await createContact(staff, {
      firstName: 'Chloé',
      lastName: 'Arrivée',
      companyId: acme.id,
    });
    expect(chloe.marketingOptOut).toMatchObject({ source: 'company' });

    await setOptOut(staff, 'companies', acme.id, false);
    expect((await company(acme.id)).marketingOptOut).toBeNull();
    expect((await contact(alice.id)).marketingOptOut).toMatchObject({ source: 'self' });
    expect((await contact(bruno.id)).marketingOptOut).toBeNull();
    expect((await contact(chloe.id)).marketingOptOut).toBeNull();
  });

  it('a contact that opts out on its own while the company is opted out keeps it when the company lifts', async () => {
    const firm = await createCompany(staff, 'Firm Own');
    const dora = await createContact(staff, { lastName: 'Dora', companyId: firm.id });
    await setOptOut(staff, 'companies', firm.id, true);
    await setOptOut(staff, 'contacts', dora.id, true);
    expect((await contact(dora.id)).marketingOptOut).toMatchObject({ source: 'self' });
    await setOptOut(staff, 'companies', firm.id, false);
    expect((await contact(dora.id)).marketingOptOut).toMatchObject({ source: 'self' });
    // Moving out of an opted-out company drops the company's copy, not the contact's own.
    await setOptOut(staff, 'companies', firm.id, true);
    const eve = await createContact(staff, { lastName: 'Eve', companyId: firm.id });
    await staff.patch(`/api/crm/contacts/${eve.id}`).send({ companyId: null }).expect(200);
    expect((await contact(eve.id)).marketingOptOut).toBeNull();
  });

  it('lists follow the checkbox, or the user preference when the request does not say', async () => {
    const lead = await createLead(staff, { lastName: 'Filtré' });
    const other = await createLead(staff, { lastName: 'Filtrable' });
    await setOptOut(staff, 'leads', lead.id, true);
    const ids = async (client: ApiClient, query: Record<string, string>) => {
      const page = (
        await client
          .get('/api/crm/leads')
          .query({ name: 'filtr', ...query })
          .expect(200)
      ).body as CrmPage<{ id: string }>;
      return { ids: page.items.map((l) => l.id).sort(), excluded: page.excludedMarketingOptOut };
    };
    const both = [lead.id, other.id].sort();

    expect(await ids(staff, {})).toEqual({ ids: both, excluded: false });
    expect(await ids(staff, { excludeMarketingOptOut: 'true' })).toEqual({
      ids: [other.id],
      excluded: true,
    });

    expect((await marketing.get('/api/crm/preferences').expect(200)).body).toEqual({
      excludeMarketingOptOut: false,
    });
    await marketing.put('/api/crm/preferences').send({ excludeMarketingOptOut: true }).expect(200);
    expect(await ids(marketing, {})).toEqual({ ids: [other.id], excluded: true });
    expect(await ids(marketing, { excludeMarketingOptOut: 'false' })).toEqual({
      ids: both,
      excluded: false,
    });
    // The preference is the user's own: another user's lists are unchanged.
    expect(await ids(staff, {})).toEqual({ ids: both, excluded: false });
    await marketing.put('/api/crm/preferences').send({ excludeMarketingOptOut: 'yes' }).expect(422);
  });

  it('target groups and marketing exports leave opted-out people out even when asked to include them', async () => {
    const nantes = await createCompany(staff, 'Nantes Export');
    const kept = await createContact(staff, {
      firstName: 'Gardé',
      lastName: 'Nantais',
      companyId: nantes.id,
    });
    const own = await createContact(staff, { firstName: 'Opposé', lastName: 'Nantais' });
    const cascaded = await createContact(staff, {
      firstName: 'Cascadé',
      lastName: 'Nantais',
      companyId: nantes.id,
    });
    for (const person of [kept, own, cascaded]) {
      await postOk(staff, `/api/crm/contacts/${person.id}/emails`, {
        address: `${person.firstName!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@nantes.example`,
      });
    }
    await setOptOut(staff, 'contacts', own.id, true);
    await setOptOut(staff, 'contacts', cascaded.id, true);

    const group = await postOk<CrmTargetGroup>(marketing, '/api/crm/target-groups', {
      name: 'Nantais',
      entity: 'contact',
      criteria: { name: 'nantais' },
    });
    const shown = (
      await marketing
        .get(`/api/crm/target-groups/${group.id}/members`)
        .query({ excludeMarketingOptOut: 'false' })
        .expect(200)
    ).body as CrmPage<CrmTargetMember>;
    expect(shown.items.map((m) => m.id)).toEqual([kept.id]);
    expect(shown.excludedMarketingOptOut).toBe(true);

    const csv = await marketing
      .get('/api/crm/marketing-export')
      .query({ entity: 'contact', name: 'nantais', excludeMarketingOptOut: 'false' })
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toBe(
      `entity,id,name,email,phone,city\r\ncontact,${kept.id},Gardé Nantais,garde@nantes.example,,\r\n`,
    );
    const groupCsv = await marketing.get(`/api/crm/target-groups/${group.id}/export`).expect(200);
    expect(groupCsv.text).toBe(csv.text);
    // The screen's own search still shows everyone on request.
    const all = (
      await staff
        .get('/api/crm/contacts')
        .query({ name: 'nantais', excludeMarketingOptOut: 'false' })
    ).body as CrmPage<CrmContactSummary>;
    expect(all.items).toHaveLength(3);
  });

  it('syncs third parties with the ERP both ways: its key sets the opt-out, ours is sent to it signed', async () => {
    const key = async (scopes: string[]) =>
      (
        await postOk<CreatedApiKey>(marketing, '/api/admin/api-keys', {
          name: `ERP ${scopes.join()}`,
          scopes,
        })
      ).secret;
    const writer = await key(['crm:read', 'crm:write']);
    const reader = await key(['crm:read']);
    const machine = (method: 'get' | 'put', path: string, secret: string) =>
      testApp.http[method](`/api/integration/crm/third-parties/${path}`).set(
        'Authorization',
        `Bearer ${secret}`,
      );

    const created = await machine('put', 'C00042', writer).send({ name: 'Tiers Sage' }).expect(201);
    const thirdParty = created.body as ErpThirdParty;
    expect(thirdParty).toMatchObject({
      reference: 'C00042',
      name: 'Tiers Sage',
      marketingOptOut: false,
    });
    await machine('put', 'C00042', writer).send({ name: 'Tiers Sage SARL' }).expect(200);
    await machine('put', 'C00042', reader).send({ name: 'Nope' }).expect(403);
    await machine('put', 'C00042', 'gch_nope').send({ name: 'Nope' }).expect(401);
    await machine('put', 'bad reference!', writer).send({ name: 'X' }).expect(422);
    expect((await machine('get', 'C00042', reader).expect(200)).body).toMatchObject({
      name: 'Tiers Sage SARL',
    });
    await machine('get', 'C99999', reader).expect(404);
    // Two calls at once for a new reference create one third party.
    const racing = await Promise.all(
      [1, 2].map(() => machine('put', 'C00077', writer).send({ name: 'Tiers concurrent' })),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(
      await sql("SELECT count(*)::int AS n FROM crm_company WHERE erp_reference = 'C00077'"),
    ).toEqual([{ n: 1 }]);

    const employee = await createContact(staff, {
      lastName: 'Salarié',
      companyId: thirdParty.companyId,
    });
    const refused = await staff.delete(`/api/crm/companies/${thirdParty.companyId}`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'CRM_ERP_LINKED',
      message: expect.stringContaining('C00042'),
    });
    const listed = (await staff.get('/api/crm/third-parties').expect(200)).body as CrmPage<{
      id: string;
      erpReference: string;
    }>;
    expect(listed.items).toContainEqual(
      expect.objectContaining({ id: thirdParty.companyId, erpReference: 'C00042' }),
    );

    // ERP → Guichet: provenance erp, cascaded to the contacts, and not echoed back to the ERP.
    await machine('put', 'C00042/marketing-opt-out', writer).send({ optedOut: true }).expect(200);
    expect((await company(thirdParty.companyId)).marketingOptOut).toMatchObject({
      source: 'erp',
      by: null,
    });
    expect((await contact(employee.id)).marketingOptOut).toMatchObject({ source: 'company' });
    await deliver();
    expect(erpCalls).toEqual([]);

    // Guichet → ERP: lifting it here queues a signed event, delivered to the ERP.
    await setOptOut(staff, 'companies', thirdParty.companyId, false);
    expect((await contact(employee.id)).marketingOptOut).toBeNull();
    expect(
      await sql(
        "SELECT channel, template, recipient FROM outbox_message WHERE channel = 'webhook'",
      ),
    ).toEqual([
      { channel: 'webhook', template: 'crm.third-party.marketing-opt-out', recipient: 'erp' },
    ]);
    await deliver();
    expect(erpCalls).toHaveLength(1);
    const [call] = erpCalls;
    const event = JSON.parse(call!.body) as ErpMarketingOptOutEvent;
    expect(event).toMatchObject({
      event: 'crm.third-party.marketing-opt-out',
      workspace: 'demo',
      reference: 'C00042',
      optedOut: false,
      source: null,
    });
    const timestamp = call!.headers['x-guichet-timestamp'] as string;
    const expected = createHmac('sha256', ERP_SECRET)
      .update(`${timestamp}.${call!.body}`)
      .digest('hex');
    expect(call!.headers['x-guichet-signature']).toBe(`sha256=${expected}`);
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60);
    expect(call!.headers['idempotency-key']).toBe(`erp-opt-out:${event.id}`);
    expect(await sql("SELECT status FROM outbox_message WHERE channel = 'webhook'")).toEqual([
      { status: 'sent' },
    ]);

    // Setting it in Guichet goes to the ERP as well, with its provenance.
    await setOptOut(staff, 'companies', thirdParty.companyId, true);
    await deliver();
    expect(JSON.parse(erpCalls[1]!.body)).toMatchObject({
      reference: 'C00042',
      optedOut: true,
      source: 'self',
    });
    // A company that is not a third party tells the ERP nothing.
    const local = await createCompany(staff, 'Locale');
    await setOptOut(staff, 'companies', local.id, true);
    await deliver();
    expect(erpCalls).toHaveLength(2);
  });

  it('an ERP key of another firm does not reach this firm’s third parties', async () => {
    const other = await testApp.client();
    await signInOk(other, DEMO.otherAdmin);
    const secret = (
      await postOk<CreatedApiKey>(other, '/api/admin/api-keys', {
        name: 'ERP autre',
        scopes: ['crm:read', 'crm:write'],
      })
    ).secret;
    await testApp.http
      .get('/api/integration/crm/third-parties/C00042')
      .set('Authorization', `Bearer ${secret}`)
      .expect(404);
    await testApp.http
      .put('/api/integration/crm/third-parties/C00042/marketing-opt-out')
      .set('Authorization', `Bearer ${secret}`)
      .send({ optedOut: false })
      .expect(404);
  });
});
