import {
  type AdminAccountSummary,
  type ParcelDetail,
  type ParcelOptions,
  type ParcelOverview,
  type ParcelPage,
  type ParcelRecipientOption,
  type ParcelSettings,
} from '@guichet/contracts';
import { ParcelNotifications } from '../../server/src/modules/parcels/parcel-notifications';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import type { ApiClient } from '../support/api-client';
import { accountId } from '../support/ids';
import {
  binary,
  createDraft,
  makeBlobDir,
  PDF,
  removeBlobDir,
  sendParcel,
  upload,
  uploadOk,
} from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };
const BATAILLON = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
const NOTE = 'Voici les relevés demandés.';

describe('secure parcels: the life of a parcel', () => {
  let testApp: TestApp;
  let sink: SmtpSink;
  let blobDir: string;
  const ids: Record<string, string> = {};

  const as = async (credentials: typeof TENG): Promise<ApiClient> => {
    const client = await testApp.client();
    await signInOk(client, credentials);
    return client;
  };
  /** Mails delivered since the start of the test, once the outbox is drained. */
  const mailsTo = async (address: string) => {
    await testApp.app.get(OutboxWorker).drain();
    return sink.received.filter((mail) =>
      JSON.stringify(mail.to).toLowerCase().includes(address.toLowerCase()),
    );
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: {
        BLOB_DIR: blobDir,
        SMTP_URL: sink.url,
        PUBLIC_URL: 'https://portal.example/',
        THROTTLE_IP_FREE: '1000',
      },
    });
    for (const code of ['72018689', '70016968', '25350001', 'GEST0001', 'ADMIN001']) {
      ids[code] = await accountId(testApp.database.url, 'demo', code);
    }
  });

  afterAll(async () => {
    await testApp.close();
    await sink.stop();
    await removeBlobDir(blobDir);
  });

  beforeEach(() => {
    sink.received.length = 0;
  });

  it('goes from a client to their account manager, who opens it, views and downloads; the client sees the receipt', async () => {
    const teng = await as(TENG);
    const options = (await teng.get('/api/parcels/options').expect(200)).body as ParcelOptions;
    expect(options).toEqual(
      expect.objectContaining({
        accountManager: { id: ids.GEST0001, name: 'Camille Gestionnaire' },
        defaultExpiryDays: 30,
      }),
    );

    const draft = await createDraft(teng, { subject: 'Relevés 2026', note: NOTE });
    expect(draft).toEqual(
      expect.objectContaining({
        state: 'draft',
        role: 'sender',
        recipients: [{ id: ids.GEST0001, name: 'Camille Gestionnaire' }],
        documents: [],
      }),
    );
    const expiry = new Date(draft.expiresAt).getTime() - Date.now();
    expect(Math.round(expiry / 86_400_000)).toBe(30);
    // A draft is its sender's alone, and cannot be sent empty.
    const staff = await as(DEMO.staff);
    await staff.get(`/api/parcels/${draft.id}`).expect(404);
    await teng.post(`/api/parcels/${draft.id}/send`).expect(409);

    const pdf = await uploadOk(teng, draft.id, 'relevé.pdf', PDF);
    const text = await uploadOk(teng, draft.id, 'notes.txt', Buffer.from('Montant : 120 €\n'));
    expect(pdf).toEqual(
      expect.objectContaining({
        name: 'relevé.pdf',
        size: PDF.length,
        contentType: 'application/pdf',
        viewable: true,
      }),
    );
    expect(text.contentType).toBe('text/plain');
    const sent = (await teng.post(`/api/parcels/${draft.id}/send`).expect(200))
      .body as ParcelDetail;
    expect(sent.state).toBe('sent');
    expect(sent.documents.map((d) => d.name)).toEqual(['relevé.pdf', 'notes.txt']);
    await teng
      .post(`/api/parcels/${draft.id}/documents`)
      .attach('file', PDF, 'late.pdf')
      .expect(409);

    const [mail, ...others] = await mailsTo('gestionnaire@demo.guichet.test');
    expect(others).toEqual([]);
    expect(mail!.subject).toContain('Sophat Teng');
    expect(mail!.text).toContain(`https://portal.example/parcels/${draft.id}`);
    expect(mail!.attachments).toEqual([]);
    expect(mail!.text).not.toContain('Montant');

    const inbox = (await staff.get('/api/parcels/received').expect(200)).body as ParcelPage;
    expect(inbox.items).toEqual([
      expect.objectContaining({
        id: draft.id,
        subject: 'Relevés 2026',
        sender: { id: ids['72018689'], name: 'Sophat Teng' },
        documentCount: 2,
        totalSize: PDF.length + Buffer.byteLength('Montant : 120 €\n'),
        unread: true,
      }),
    ]);
    expect(((await teng.get('/api/parcels/sent').expect(200)).body as ParcelPage).items[0]).toEqual(
      expect.objectContaining({ id: draft.id, unread: true }),
    );

    const page = (await staff.get(`/api/parcels/${draft.id}`).expect(200)).body as ParcelDetail;
    expect(page).toEqual(
      expect.objectContaining({ role: 'recipient', note: NOTE, receipts: null }),
    );
    const inline = await staff
      .get(`/api/parcels/${draft.id}/documents/${pdf.id}/content?disposition=inline`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    expect(inline.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    expect((inline.body as Buffer).equals(PDF)).toBe(true);
    const download = await staff
      .get(`/api/parcels/${draft.id}/documents/${text.id}/content`)
      .expect(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="notes.txt"; filename*=UTF-8''notes.txt`,
    );
    expect(download.text).toBe('Montant : 120 €\n');

    const receipt = (await teng.get(`/api/parcels/${draft.id}`).expect(200)).body as ParcelDetail;
    expect(receipt.receipts).toEqual([
      {
        recipient: { id: ids.GEST0001, name: 'Camille Gestionnaire' },
        notifiedAt: expect.any(String),
        openedAt: expect.any(String),
        downloads: { [pdf.id]: expect.any(String), [text.id]: expect.any(String) },
      },
    ]);
    expect(
      ((await staff.get('/api/parcels/received').expect(200)).body as ParcelPage).items[0]!.unread,
    ).toBe(false);
    expect(
      ((await teng.get('/api/parcels/sent').expect(200)).body as ParcelPage).items[0]!.unread,
    ).toBe(false);
    const [{ count }] = await queryDatabase<{ count: number }>(
      testApp.database.url,
      `SELECT count(*)::int AS count FROM audit_event WHERE kind = 'parcel.document-read'`,
    );
    expect(count).toBe(2);
  });

  it('goes from staff to chosen clients: a client with a password is told, one without is invited', async () => {
    const staff = await as(DEMO.staff);
    const options = (await staff.get('/api/parcels/recipients?search=MARTIN').expect(200))
      .body as ParcelRecipientOption[];
    expect(options).toEqual([
      { id: ids['25350001'], name: 'Claire Martin', accessCode: '25350001', withoutEmail: false },
    ]);
    // A client the firm cannot tell by mail is marked so before the staff member picks them.
    const unreachable = (await staff.get('/api/parcels/recipients?search=72018689').expect(200))
      .body as ParcelRecipientOption[];
    expect(unreachable.map((o) => [o.accessCode, o.withoutEmail])).toEqual([['72018689', true]]);
    const accented = (await staff.get('/api/parcels/recipients?search=bataillon').expect(200))
      .body as ParcelRecipientOption[];
    expect(accented.map((o) => o.id)).toEqual([ids['70016968']]);

    const parcel = await sendParcel(
      staff,
      { subject: 'Avis d’échéance', recipientIds: [ids['70016968']!, ids['25350001']!] },
      [['avis.pdf', PDF]],
    );
    expect(parcel.recipients.map((r) => r.name).sort()).toEqual([
      'Claire Martin',
      'Sophie Bataillon',
    ]);

    const [told] = await mailsTo('s.bataillon@demo.guichet.test');
    expect(told!.text).toContain(`/parcels/${parcel.id}`);
    const [invited] = await mailsTo('claire.martin@demo.guichet.test');
    expect(invited!.text).toContain('/set-password?token=');
    expect(invited!.text).toContain('25350001');

    const bataillon = await as(BATAILLON);
    const found = (await bataillon.get('/api/parcels/received?search=ECHEANCE').expect(200))
      .body as ParcelPage;
    expect(found.items.map((i) => i.id)).toEqual([parcel.id]);
    const none = (
      await bataillon.get('/api/parcels/received?search=gestionnaire%20xyz').expect(200)
    ).body as ParcelPage;
    expect(none.items).toEqual([]);
    const zip = await bataillon
      .get(`/api/parcels/${parcel.id}/zip`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const bytes = zip.body as Buffer;
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.includes(Buffer.from('avis.pdf'))).toBe(true);
    expect(bytes.includes(PDF)).toBe(true);

    // The staff member may not send to staff, nor to nobody; a client may not choose.
    await staff
      .post('/api/parcels')
      .send({ subject: 'x', recipientIds: [ids.ADMIN001] })
      .expect(422);
    await staff.post('/api/parcels').send({ subject: 'x' }).expect(422);
    await bataillon
      .post('/api/parcels')
      .send({ subject: 'x', recipientIds: [ids.GEST0001] })
      .expect(422);
  });

  it('refuses a client with no account manager, until an admin assigns one', async () => {
    const admin = await as(DEMO.admin);
    const bataillon = await as(BATAILLON);
    await admin
      .put(`/api/admin/accounts/${ids['70016968']}/account-manager`)
      .send({ accountManagerId: null })
      .expect(200);
    const refused = await bataillon.post('/api/parcels').send({ subject: 'Question' }).expect(409);
    expect(refused.body.code).toBe('PARCEL_NO_ACCOUNT_MANAGER');
    expect(
      ((await bataillon.get('/api/parcels/options').expect(200)).body as ParcelOptions)
        .accountManager,
    ).toBeNull();
    const overview = (await admin.get('/api/admin/parcels/overview').expect(200))
      .body as ParcelOverview;
    expect(overview.clientsWithoutManager).toContainEqual({
      id: ids['70016968'],
      name: 'Sophie Bataillon',
    });

    // The manager must be staff or an admin of the firm, and only a client gets one.
    await admin
      .put(`/api/admin/accounts/${ids['70016968']}/account-manager`)
      .send({ accountManagerId: ids['72018689'] })
      .expect(422);
    await admin
      .put(`/api/admin/accounts/${ids.GEST0001}/account-manager`)
      .send({ accountManagerId: ids.ADMIN001 })
      .expect(422);
    const assigned = await admin
      .put(`/api/admin/accounts/${ids['70016968']}/account-manager`)
      .send({ accountManagerId: ids.ADMIN001 })
      .expect(200);
    expect((assigned.body as AdminAccountSummary).accountManager).toEqual({
      id: ids.ADMIN001,
      name: 'Alex Administrateur',
    });
    await bataillon.post('/api/parcels').send({ subject: 'Question' }).expect(201);
    await bataillon
      .put(`/api/admin/accounts/${ids['70016968']}/account-manager`)
      .send({ accountManagerId: null })
      .expect(403);
  });

  it('lets its sender shorten the expiry, never lengthen it, and withdraw it: it is gone at once', async () => {
    const teng = await as(TENG);
    const staff = await as(DEMO.staff);
    const parcel = await sendParcel(teng, { subject: 'À retirer' }, [['a.pdf', PDF]]);
    const later = new Date(new Date(parcel.expiresAt).getTime() + 86_400_000).toISOString();
    await teng.patch(`/api/parcels/${parcel.id}`).send({ expiresAt: later }).expect(422);
    await teng
      .patch(`/api/parcels/${parcel.id}`)
      .send({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .expect(422);
    const sooner = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const shortened = await teng
      .patch(`/api/parcels/${parcel.id}`)
      .send({ expiresAt: sooner })
      .expect(200);
    expect((shortened.body as ParcelDetail).expiresAt).toBe(sooner);
    await staff.patch(`/api/parcels/${parcel.id}`).send({ expiresAt: sooner }).expect(404);
    await staff.post(`/api/parcels/${parcel.id}/withdraw`).expect(404);

    await teng.post(`/api/parcels/${parcel.id}/withdraw`).expect(204);
    await staff.get(`/api/parcels/${parcel.id}`).expect(404);
    await teng.get(`/api/parcels/${parcel.id}`).expect(404);
    const inbox = (await staff.get('/api/parcels/received').expect(200)).body as ParcelPage;
    expect(inbox.items.map((i) => i.id)).not.toContain(parcel.id);
  });

  it('reminds each recipient once, three days before expiry', async () => {
    const teng = await as(TENG);
    const parcel = await sendParcel(teng, { subject: 'Bientôt expiré' }, [['a.pdf', PDF]]);
    await queryDatabase(
      testApp.database.url,
      `UPDATE parcel SET sent_at = now() - interval '20 days', expires_at = now() + interval '2 days' WHERE id = $1`,
      [parcel.id],
    );
    const notifications = testApp.app.get(ParcelNotifications);
    expect(await notifications.remindExpiring()).toBe(1);
    expect(await notifications.remindExpiring()).toBe(0);
    const mails = await mailsTo('gestionnaire@demo.guichet.test');
    const reminders = mails.filter(
      (m) => m.text?.includes(`/parcels/${parcel.id}`) && m.subject?.includes('expir'),
    );
    expect(reminders).toHaveLength(1);
  });

  it('keeps the workspace limits its admin sets, and refuses contradictory ones', async () => {
    const admin = await as(DEMO.admin);
    const settings = (await admin.get('/api/admin/parcel-settings').expect(200))
      .body as ParcelSettings;
    expect(settings).toEqual(expect.objectContaining({ defaultExpiryDays: 30, allowedTypes: [] }));
    const changed = {
      ...settings,
      defaultExpiryDays: 10,
      maxExpiryDays: 20,
      deniedTypes: ['application/zip'],
    };
    expect((await admin.put('/api/admin/parcel-settings').send(changed).expect(200)).body).toEqual(
      changed,
    );
    await admin
      .put('/api/admin/parcel-settings')
      .send({ ...changed, defaultExpiryDays: 30 })
      .expect(422);
    await admin
      .put('/api/admin/parcel-settings')
      .send({ ...changed, maxFileBytes: -1 })
      .expect(422);
    const teng = await as(TENG);
    const draft = await createDraft(teng, { subject: 'Limites' });
    expect(Math.round((new Date(draft.expiresAt).getTime() - Date.now()) / 86_400_000)).toBe(10);
    const tooLate = new Date(Date.now() + 21 * 86_400_000).toISOString();
    await teng.post('/api/parcels').send({ subject: 'x', expiresAt: tooLate }).expect(422);
    await upload(teng, draft.id, 'a.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).expect(
      415,
    );
    await teng.get('/api/admin/parcel-settings').expect(403);
    await admin.put('/api/admin/parcel-settings').send(settings).expect(200);
  });
});
