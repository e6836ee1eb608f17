import {
  SENT_MESSAGES_PAGE_SIZE,
  type ReceivedSecureMessage,
  type SecureMessageLanding,
  type SentSecureMessage,
  type SentSecureMessagePage,
} from '@guichet/contracts';
import { ParcelPurge } from '../../server/src/modules/parcels/purge/parcel-purge.service';
import { binary, filesUnder, makeBlobDir, PDF, removeBlobDir, uploadOk } from '../support/parcels';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import type { ApiClient } from '../support/api-client';
import { DEMO, signInOk } from '../support/sign-in';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const BODY = 'Voici le détail confidentiel de votre dossier 4471.';
const LINK = /\/m\/([A-Za-z0-9_-]{43})/;

describe('secure messages to external recipients (PARCEL-8, OTP-3)', () => {
  let testApp: TestApp;
  let sink: SmtpSink;
  let blobDir: string;
  let staff: ApiClient;
  let counter = 0;

  /** A fresh pair of addresses per test, so that cooldowns and caps never mix. */
  const addresses = () => {
    counter++;
    return [`alice.${counter}@externe.example`, `bruno.${counter}@externe.example`];
  };

  const mailsTo = async (address: string) => {
    await testApp.app.get(OutboxWorker).drain();
    return sink.received.filter((mail) =>
      JSON.stringify(mail.to).toLowerCase().includes(address.toLowerCase()),
    );
  };

  /** The personal link of the last notice to the address. */
  const linkOf = async (address: string): Promise<string> => {
    const notices = (await mailsTo(address)).filter((m) => LINK.test(m.text ?? ''));
    return LINK.exec(notices.at(-1)!.text!)![1]!;
  };

  /** The last code mailed to the address. */
  const codeOf = async (address: string): Promise<string> => {
    const codes = (await mailsTo(address)).filter((m) => !LINK.test(m.text ?? ''));
    return /\b(\d{6})\b/.exec(codes.at(-1)!.text!)![1]!;
  };

  const compose = async (
    recipients: string[],
    files: [string, Buffer][] = [],
  ): Promise<SentSecureMessage> => {
    const draft = await staff
      .post('/api/secure-messages')
      .send({ subject: 'Votre dossier 4471', body: BODY, recipients });
    expect(draft.status).toBe(201);
    const id = (draft.body as SentSecureMessage).id;
    for (const [name, bytes] of files) await uploadOk(staff, id, name, bytes);
    const sent = await staff.post(`/api/secure-messages/${id}/send`);
    expect(sent.status).toBe(200);
    return sent.body as SentSecureMessage;
  };

  const signInWithCode = async (
    reader: ApiClient,
    token: string,
    address: string,
    privateComputer = false,
  ) => {
    expect((await reader.post(`/api/m/${token}/code`)).status).toBe(200);
    const code = await codeOf(address);
    const opened = await reader.post(`/api/m/${token}/session`).send({ code, privateComputer });
    expect(opened.status).toBe(204);
    return opened;
  };

  const reader = async () => (await testApp.client()).open();

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
    staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.stop();
    await removeBlobDir(blobDir);
  });

  it('goes from the notice to the code, the message and a recorded download', async () => {
    const [alice] = addresses();
    const message = await compose([` ${alice!.toUpperCase()} `, alice!], [['releve.pdf', PDF]]);
    expect(message.recipients.map((r) => r.email)).toEqual([alice]);
    expect(message.recipients[0]!.notifiedAt).not.toBeNull();

    const [notice] = await mailsTo(alice!);
    expect(notice!.attachments).toHaveLength(0);
    expect(`${notice!.text}${notice!.html}`).not.toContain('dossier 4471');
    expect(`${notice!.text}${notice!.html}`).not.toContain('confidentiel');
    const token = await linkOf(alice!);
    const hashes = await queryDatabase<{ n: number }>(
      testApp.database.url,
      `SELECT count(*)::int AS n FROM secure_message_recipient WHERE token_hash = sha256(convert_to($1, 'UTF8'))`,
      [token],
    );
    expect(hashes[0]!.n).toBe(1);

    const client = await reader();
    const landing = await client.get(`/api/m/${token}`);
    expect(landing.status).toBe(200);
    expect(landing.body as SecureMessageLanding).toMatchObject({
      subject: 'Votre dossier 4471',
      signedIn: false,
    });
    expect(JSON.stringify(landing.body)).not.toContain('confidentiel');
    expect((await client.get(`/api/m/${token}/message`)).status).toBe(401);

    const opened = await signInWithCode(client, token, alice!);
    const cookie = ([] as string[])
      .concat(opened.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('__Host-guichet-reader='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);

    const read = await client.get(`/api/m/${token}/message`);
    expect(read.status).toBe(200);
    const body = read.body as ReceivedSecureMessage;
    expect(body.body).toBe(BODY);
    expect(body.attachments).toHaveLength(1);

    const download = await client
      .get(`/api/m/${token}/attachments/${body.attachments[0]!.id}`)
      .buffer(true)
      .parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    const receipt = (await staff.get(`/api/secure-messages/${message.id}`))
      .body as SentSecureMessage;
    expect(receipt.recipients[0]).toMatchObject({
      codeRequestedAt: expect.any(String),
      openedAt: expect.any(String),
      downloadedAt: expect.any(String),
    });
    const trail = await queryDatabase<{ kind: string; target_ids: Record<string, string> }>(
      testApp.database.url,
      `SELECT kind, target_ids FROM audit_event WHERE target_ids->>'parcelId' = $1`,
      [message.id],
    );
    expect(trail.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'secure-message.sent',
        'secure-message.code-checked',
        'secure-message.opened',
        'secure-message.attachment-read',
      ]),
    );
    expect(JSON.stringify(trail)).not.toContain('@');
    const sent = (await staff.get('/api/secure-messages/sent')).body as SentSecureMessagePage;
    expect(sent.items.map((m) => m.id)).toContain(message.id);
    const parcels = await staff.get('/api/parcels/sent');
    expect(JSON.stringify(parcels.body)).not.toContain(message.id);
  });

  it('reads a second message to the same address in the same session, without a second code', async () => {
    const [alice] = addresses();
    await compose([alice!]);
    const first = await linkOf(alice!);
    const client = await reader();
    await signInWithCode(client, first, alice!, true);
    await compose([alice!]);
    const second = await linkOf(alice!);
    expect(second).not.toBe(first);
    const before = (await mailsTo(alice!)).length;
    const landing = await client.get(`/api/m/${second}`);
    expect((landing.body as SecureMessageLanding).signedIn).toBe(true);
    expect((await client.get(`/api/m/${second}/message`)).status).toBe(200);
    expect((await mailsTo(alice!)).length).toBe(before);
  });

  it('keeps a private computer signed in with a persistent cookie', async () => {
    const [alice] = addresses();
    await compose([alice!]);
    const token = await linkOf(alice!);
    const opened = await signInWithCode(await reader(), token, alice!, true);
    const cookie = ([] as string[])
      .concat(opened.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('__Host-guichet-reader='))!;
    expect(cookie).toMatch(/Max-Age=43200/);
  });

  it("refuses a link from another address's session, and A's code on B's link", async () => {
    const [alice, bruno] = addresses();
    await compose([alice!, bruno!]);
    const aliceLink = await linkOf(alice!);
    const brunoLink = await linkOf(bruno!);
    const client = await reader();
    await signInWithCode(client, aliceLink, alice!);
    expect((await client.get(`/api/m/${brunoLink}/message`)).status).toBe(403);
    expect(((await client.get(`/api/m/${brunoLink}`)).body as SecureMessageLanding).signedIn).toBe(
      false,
    );

    // Alice's code (just mailed to her) is no key to Bruno's link; Bruno's own code is.
    const aliceCode = await codeOf(alice!);
    const other = await reader();
    expect((await other.post(`/api/m/${brunoLink}/code`)).status).toBe(200);
    const brunoCode = await codeOf(bruno!);
    if (aliceCode === brunoCode) return; // one chance in a million: nothing to tell apart
    const wrong = await other.post(`/api/m/${brunoLink}/session`).send({ code: aliceCode });
    expect(wrong.status).toBe(422);
    expect((await other.post(`/api/m/${brunoLink}/session`).send({ code: brunoCode })).status).toBe(
      204,
    );
    expect((await other.get(`/api/m/${aliceLink}/message`)).status).toBe(403);
  });

  it('ends a session after 20 idle minutes, unless on a private computer', async () => {
    const [alice] = addresses();
    await compose([alice!]);
    const token = await linkOf(alice!);
    const shared = await reader();
    await signInWithCode(shared, token, alice!);
    await queryDatabase(
      testApp.database.url,
      `UPDATE recipient_session SET last_seen_at = now() - interval '21 minutes' WHERE email = $1`,
      [alice],
    );
    expect((await shared.get(`/api/m/${token}/message`)).status).toBe(401);

    // Another message, so another link and flow (no resend cooldown to wait for).
    await compose([alice!]);
    const second = await linkOf(alice!);
    const personal = await reader();
    await signInWithCode(personal, second, alice!, true);
    await queryDatabase(
      testApp.database.url,
      `UPDATE recipient_session SET last_seen_at = now() - interval '3 hours' WHERE email = $1`,
      [alice],
    );
    expect((await personal.get(`/api/m/${token}/message`)).status).toBe(200);
    expect((await personal.get(`/api/m/${second}/message`)).status).toBe(200);
    await queryDatabase(
      testApp.database.url,
      `UPDATE recipient_session SET absolute_expires_at = now() WHERE email = $1`,
      [alice],
    );
    expect((await personal.get(`/api/m/${token}/message`)).status).toBe(401);
  });

  it('kills the challenge at the 6th try: even the right code then fails', async () => {
    const [alice] = addresses();
    await compose([alice!]);
    const token = await linkOf(alice!);
    const client = await reader();
    expect((await client.post(`/api/m/${token}/code`)).status).toBe(200);
    const code = await codeOf(alice!);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const answer = await client.post(`/api/m/${token}/session`).send({ code: wrongCode });
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('SECURE_MESSAGE_WRONG_CODE');
    }
    expect((await client.post(`/api/m/${token}/session`).send({ code })).status).toBe(422);
  });

  it('answers 410 once withdrawn or expired, even in a live session', async () => {
    const [alice, bruno] = addresses();
    const withdrawn = await compose([alice!]);
    const aliceLink = await linkOf(alice!);
    const client = await reader();
    await signInWithCode(client, aliceLink, alice!);
    expect((await staff.post(`/api/secure-messages/${withdrawn.id}/withdraw`)).status).toBe(204);
    expect((await client.get(`/api/m/${aliceLink}`)).status).toBe(410);
    expect((await client.get(`/api/m/${aliceLink}/message`)).status).toBe(410);
    expect((await staff.get(`/api/secure-messages/${withdrawn.id}`)).body.state).toBe('withdrawn');

    const expiring = await compose([bruno!]);
    const brunoLink = await linkOf(bruno!);
    await queryDatabase(
      testApp.database.url,
      `UPDATE parcel SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expiring.id],
    );
    const landing = await client.get(`/api/m/${brunoLink}`);
    expect(landing.status).toBe(410);
    expect(landing.body.code).toBe('SECURE_MESSAGE_GONE');
    expect((await client.get(`/api/m/${'x'.repeat(43)}`)).status).toBe(404);
  });

  it('is purged with the parcels once expired: rows, receipts and encrypted attachments', async () => {
    const [alice] = addresses();
    const message = await compose([alice!], [['releve.pdf', PDF]]);
    const token = await linkOf(alice!);
    const client = await reader();
    await signInWithCode(client, token, alice!);
    const read = (await client.get(`/api/m/${token}/message`)).body as ReceivedSecureMessage;
    await client
      .get(`/api/m/${token}/attachments/${read.attachments[0]!.id}`)
      .buffer(true)
      .parse(binary);
    const before = (await filesUnder(blobDir)).filter((f) => f.includes(read.attachments[0]!.id));
    expect(before).toHaveLength(1);
    await queryDatabase(
      testApp.database.url,
      `UPDATE parcel SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [message.id],
    );
    await testApp.app.get(ParcelPurge).run();
    const left = await queryDatabase<{ n: number }>(
      testApp.database.url,
      `SELECT (SELECT count(*) FROM parcel WHERE id = $1)
            + (SELECT count(*) FROM secure_message_recipient WHERE parcel_id = $1)
            + (SELECT count(*) FROM secure_message_download WHERE document_id = $2) AS n`,
      [message.id, read.attachments[0]!.id],
    );
    expect(Number(left[0]!.n)).toBe(0);
    expect((await filesUnder(blobDir)).filter((f) => f.includes(read.attachments[0]!.id))).toEqual(
      [],
    );
    expect((await client.get(`/api/m/${token}`)).status).toBe(404);
  });

  it("lists the sender's messages newest first, a page at a time, and refuses a foreign cursor", async () => {
    const writer = await testApp.client();
    await signInOk(writer, DEMO.admin);
    const ids: string[] = [];
    for (let i = 0; i < SENT_MESSAGES_PAGE_SIZE + 3; i++) {
      const created = await writer
        .post('/api/secure-messages')
        .send({ subject: `Message ${i}`, body: 'Texte', recipients: [`page${i}@example.org`] })
        .expect(201);
      ids.push((created.body as SentSecureMessage).id);
    }
    const first = (await writer.get('/api/secure-messages/sent').expect(200))
      .body as SentSecureMessagePage;
    expect(first.items).toHaveLength(SENT_MESSAGES_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await writer.get('/api/secure-messages/sent').query({ cursor: first.nextCursor }).expect(200)
    ).body as SentSecureMessagePage;
    expect(second.nextCursor).toBeNull();
    const listed = [...first.items, ...second.items].map((m) => m.id);
    // Every message once, newest first (each was created after the one before).
    expect(listed).toEqual([...ids].reverse());
    // Someone else's position in their own list is no cursor here; nor is garbage.
    const staffPage = (await staff.get('/api/secure-messages/sent').expect(200))
      .body as SentSecureMessagePage;
    const foreign = Buffer.from(staffPage.items[0]!.id).toString('base64url');
    for (const cursor of [foreign, 'pas-un-curseur']) {
      const refused = await writer.get('/api/secure-messages/sent').query({ cursor }).expect(422);
      expect(refused.body.fields).toEqual({ cursor: ['invalidCursor'] });
    }
  });

  it('resends a notice with a new link; the old one stops working', async () => {
    const [alice] = addresses();
    const message = await compose([alice!]);
    const old = await linkOf(alice!);
    const resent = await staff.post(
      `/api/secure-messages/${message.id}/recipients/${message.recipients[0]!.id}/resend`,
    );
    expect(resent.status).toBe(200);
    const fresh = await linkOf(alice!);
    expect(fresh).not.toBe(old);
    const client = await reader();
    expect((await client.get(`/api/m/${old}`)).status).toBe(404);
    expect((await client.get(`/api/m/${fresh}`)).status).toBe(200);
  });

  it('checks XSRF, staff-only compose, addresses, and hides other workspaces', async () => {
    const [alice] = addresses();
    await compose([alice!]);
    const token = await linkOf(alice!);
    const client = await reader();
    const forged = await client.post(`/api/m/${token}/code`).set('X-XSRF-TOKEN', 'forged');
    expect(forged.status).toBe(403);

    const customer = await testApp.client();
    await signInOk(customer, DEMO.legacyClient);
    const refused = await customer
      .post('/api/secure-messages')
      .send({ subject: 'x', body: 'y', recipients: [alice] });
    expect(refused.status).toBe(403);

    const invalid = await staff
      .post('/api/secure-messages')
      .send({ subject: 'x', body: 'y', recipients: ['not-an-address'] });
    expect(invalid.status).toBe(422);
    const tooMany = await staff.post('/api/secure-messages').send({
      subject: 'x',
      body: 'y',
      recipients: Array.from({ length: 21 }, (_, i) => `r${i}@externe.example`),
    });
    expect(tooMany.status).toBe(422);

    const mine = await compose([alice!]);
    const otherAdmin = await testApp.client();
    await signInOk(otherAdmin, DEMO.otherAdmin);
    expect((await otherAdmin.get(`/api/secure-messages/${mine.id}`)).status).toBe(404);
    expect((await otherAdmin.post(`/api/secure-messages/${mine.id}/withdraw`)).status).toBe(404);
  });
});
