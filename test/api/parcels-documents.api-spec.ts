import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ParcelDetail, ParcelSettings } from '@guichet/contracts';
import { recordOffset } from '../../server/src/core/crypto/document-cipher';
import type { ApiClient } from '../support/api-client';
import {
  binary,
  createDraft,
  filesUnder,
  makeBlobDir,
  PDF,
  removeBlobDir,
  upload,
  uploadOk,
  uploadWithDisposition,
  ZIP,
} from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };
const MIB = 1024 * 1024;

describe('secure parcels: documents', () => {
  let testApp: TestApp;
  let blobDir: string;
  let teng: ApiClient;
  let staff: ApiClient;
  let admin: ApiClient;
  let defaults: ParcelSettings;

  const as = async (credentials: typeof TENG): Promise<ApiClient> => {
    const client = await testApp.client();
    await signInOk(client, credentials);
    return client;
  };
  const documentRows = () =>
    queryDatabase<{ name: string; state: string }>(
      testApp.database.url,
      'SELECT name, state FROM parcel_document ORDER BY created_at',
    );
  const contentPath = (parcel: ParcelDetail, index = 0) =>
    `/api/parcels/${parcel.id}/documents/${parcel.documents[index]!.id}/content`;
  const sent = async (files: [string, Buffer][]) => {
    const draft = await createDraft(teng, { subject: 'Pièces' });
    for (const [name, bytes] of files) await uploadOk(teng, draft.id, name, bytes);
    return (await teng.post(`/api/parcels/${draft.id}/send`).expect(200)).body as ParcelDetail;
  };

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000' },
    });
    teng = await as(TENG);
    staff = await as(DEMO.staff);
    admin = await as(DEMO.admin);
    defaults = (await admin.get('/api/admin/parcel-settings').expect(200)).body as ParcelSettings;
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  afterEach(async () => {
    await admin.put('/api/admin/parcel-settings').send(defaults).expect(200);
  });

  it('stores only ciphertext, under names the server made', async () => {
    const secret = Buffer.from('IBAN FR76 3000 6000 0112 3456 7890 189\n'.repeat(100));
    const parcel = await sent([['iban.txt', secret]]);
    const files = await filesUnder(blobDir);
    const stored = files.find((f) => f.endsWith(parcel.documents[0]!.id))!;
    expect(stored).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    const bytes = await readFile(join(blobDir, stored));
    expect(bytes.includes(Buffer.from('IBAN'))).toBe(false);
    expect(parcel.documents[0]!.sha256).toBe(createHash('sha256').update(secret).digest('hex'));
  });

  it('fails a download whose stored bytes were altered, instead of giving wrong bytes', async () => {
    const large = randomBytes(3 * 64 * 1024 + 500);
    const parcel = await sent([
      ['small.txt', Buffer.from('Bonjour\n')],
      ['large.bin', large],
    ]);
    for (const document of parcel.documents) {
      const path = join(
        blobDir,
        `${(await filesUnder(blobDir)).find((f) => f.endsWith(document.id))}`,
      );
      const bytes = await readFile(path);
      // First record of the small one, second record of the large one.
      const offset = document.name === 'small.txt' ? 10 : recordOffset(1) + 100;
      bytes[offset]! ^= 0x01;
      await writeFile(path, bytes);
    }
    const small = await staff.get(contentPath(parcel, 0));
    expect(small.status).toBe(500);
    expect(small.text).not.toContain('Bonjour');
    // The large one fails after its first record: the answer stops short of its length.
    const received = await staff
      .get(contentPath(parcel, 1))
      .buffer(true)
      .parse(binary)
      .then(
        (response) => response.body as Buffer,
        () => null,
      );
    if (received) expect(received.length).toBeLessThan(large.length);
    const zip = await staff
      .get(`/api/parcels/${parcel.id}/zip`)
      .buffer(true)
      .parse(binary)
      .then(
        (response) => response.body as Buffer,
        () => null,
      );
    if (zip) expect(zip.includes(large.subarray(64 * 1024, 128 * 1024))).toBe(false);
  });

  it('neutralises path traversal, control and bidi characters in file names', async () => {
    const draft = await createDraft(teng, { subject: 'Noms' });
    const names: [string, string][] = [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\Windows\\system.ini', 'system.ini'],
      ['C:\\Users\\x\\relevé.pdf', 'relevé.pdf'],
      ['facture\u202Efdp.exe', 'facturefdp.exe'],
      ['..', 'document'],
      ['\u202e\u200f', 'document'],
      ['e\u0301te\u0301.txt', 'été.txt'],
      [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(196)}.pdf`],
    ];
    for (const [raw, expected] of names) {
      const document = await uploadOk(teng, draft.id, raw, Buffer.from('texte\n')).catch(
        (error: Error) => ({ name: `${JSON.stringify(raw)}: ${error.message}` }),
      );
      expect(document.name).toBe(expected);
    }
    // Raw in the quoted name or percent-encoded in `filename*`, control characters are taken out.
    expect((await uploadOk(teng, draft.id, 'a\u0000b\u0007c.txt', Buffer.from('x\n'))).name).toBe(
      'abc.txt',
    );
    for (const [encoded, expected] of [
      ["filename*=UTF-8''a%00b%01c%1Bd%7F%C2%85e%E2%80%8B.txt", 'abcde.txt'],
      ["filename*=UTF-8''..%2F..%2Fetc%2Fshadow", 'shadow'],
      ["filename*=UTF-8''%0D%0A", 'document'],
    ]) {
      const answer = await uploadWithDisposition(teng, draft.id, encoded!, Buffer.from('x\n'));
      expect({ encoded, status: answer.status, name: answer.body.name }).toEqual({
        encoded,
        status: 201,
        name: expected,
      });
    }
    const files = await filesUnder(blobDir);
    expect(files.every((f) => /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(f))).toBe(true);
    await teng.post(`/api/parcels/${draft.id}/send`).expect(200);
    const parcel = (await staff.get(`/api/parcels/${draft.id}`).expect(200)).body as ParcelDetail;
    const traversal = await staff.get(contentPath(parcel, 0)).expect(200);
    expect(traversal.headers['content-disposition']).toBe(
      `attachment; filename="passwd"; filename*=UTF-8''passwd`,
    );
    const accented = await staff.get(contentPath(parcel, 2)).expect(200);
    expect(accented.headers['content-disposition']).toBe(
      `attachment; filename="relev_.pdf"; filename*=UTF-8''relev%C3%A9.pdf`,
    );
  });

  it('rejects an oversize file while it streams, leaving neither blob nor row, and keeps the parcel limit', async () => {
    await admin
      .put('/api/admin/parcel-settings')
      .send({ ...defaults, maxFileBytes: MIB, maxParcelBytes: Math.floor(1.5 * MIB) })
      .expect(200);
    const draft = await createDraft(teng, { subject: 'Trop gros' });
    const before = await filesUnder(blobDir);
    const tooLarge = await upload(teng, draft.id, 'big.bin', randomBytes(8 * MIB));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('PARCEL_FILE_TOO_LARGE');
    expect(await filesUnder(blobDir)).toEqual(before);
    expect((await documentRows()).filter((r) => r.name === 'big.bin')).toEqual([]);

    await uploadOk(teng, draft.id, 'one.bin', randomBytes(MIB));
    const full = await upload(teng, draft.id, 'two.bin', randomBytes(MIB));
    expect(full.status).toBe(413);
    expect(full.body.code).toBe('PARCEL_TOO_LARGE');
    expect((await filesUnder(blobDir)).length).toBe(before.length + 1);
  });

  it('refuses a type the workspace denies, from the content whatever the name', async () => {
    const draft = await createDraft(teng, { subject: 'Types' });
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200), randomBytes(100)]);
    const refused = await upload(teng, draft.id, 'photo.jpg', program);
    expect(refused.status).toBe(415);
    expect(refused.body.code).toBe('PARCEL_TYPE_REFUSED');
    await admin
      .put('/api/admin/parcel-settings')
      .send({ ...defaults, allowedTypes: ['application/pdf'] })
      .expect(200);
    await upload(teng, draft.id, 'a.pdf.txt', Buffer.from('plain text')).expect(415);
    await uploadOk(teng, draft.id, 'a.txt', PDF);
    await upload(teng, draft.id, 'nothing.pdf', Buffer.alloc(0)).expect(415);
    expect((await documentRows()).filter((r) => r.state !== 'stored')).toEqual([]);
  });

  it('answers 400 to an upload without a file', async () => {
    const draft = await createDraft(teng, { subject: 'Vide' });
    const none = await teng.post(`/api/parcels/${draft.id}/documents`).field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('PARCEL_NO_FILE');
    await teng.post(`/api/parcels/${draft.id}/documents`).send({ file: 'x' }).expect(400);
  });

  it('leaves nothing behind when the client goes away mid-upload', async () => {
    const draft = await createDraft(teng, { subject: 'Coupé' });
    const before = await filesUnder(blobDir);
    const rowsBefore = (await documentRows()).length;
    const server = testApp.app.getHttpServer();
    if (!server.listening)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const boundary = 'guichet-boundary';
    const cookie = [...teng.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: `/api/parcels/${draft.id}/documents`,
        headers: {
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(10 * MIB),
          Cookie: cookie,
          'X-XSRF-TOKEN': teng.cookies.get('XSRF-TOKEN')!,
        },
      });
      req.on('error', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.bin"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      );
      req.write(randomBytes(2 * MIB), () => setTimeout(() => req.destroy(), 300));
      req.on('close', () => resolve());
    });
    for (let i = 0; i < 50 && (await documentRows()).length !== rowsBefore; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await documentRows()).length).toBe(rowsBefore);
    expect(await filesUnder(blobDir)).toEqual(before);
  });

  it('serves byte ranges, and 416 outside the document', async () => {
    const bytes = randomBytes(200_000);
    const parcel = await sent([['data.bin', bytes]]);
    const path = contentPath(parcel);
    for (const [header, start, end] of [
      ['bytes=0-99', 0, 99],
      ['bytes=70000-140000', 70_000, 140_000],
      ['bytes=199990-', 199_990, 199_999],
      ['bytes=-10', 199_990, 199_999],
      ['bytes=65536-65536', 65_536, 65_536],
    ] as const) {
      const part = await staff
        .get(path)
        .set('Range', header)
        .buffer(true)
        .parse(binary)
        .expect(206);
      expect(part.headers['content-range']).toBe(`bytes ${start}-${end}/200000`);
      expect((part.body as Buffer).equals(bytes.subarray(start, end + 1))).toBe(true);
    }
    const whole = await staff.get(path).buffer(true).parse(binary).expect(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect((whole.body as Buffer).equals(bytes)).toBe(true);
    const outside = await staff.get(path).set('Range', 'bytes=300000-').expect(416);
    expect(outside.headers['content-range']).toBe('bytes */200000');
  });

  it('shows inline only PDF, images and text; anything else downloads as bytes', async () => {
    const parcel = await sent([
      ['doc.pdf', PDF],
      ['archive.zip', ZIP],
      ['page.html', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
      [
        'image.svg',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ],
    ]);
    expect(parcel.documents.map((d) => [d.contentType, d.viewable])).toEqual([
      ['application/pdf', true],
      ['application/zip', false],
      ['text/html', false],
      ['image/svg+xml', false],
    ]);
    const pdf = await staff.get(`${contentPath(parcel, 0)}?disposition=inline`).expect(200);
    expect(pdf.headers['content-disposition']).toMatch(/^inline;/);
    for (const index of [1, 2, 3]) {
      const response = await staff
        .get(`${contentPath(parcel, index)}?disposition=inline`)
        .expect(200);
      expect(response.headers['content-disposition']).toMatch(/^attachment;/);
      expect(response.headers['content-type']).toBe('application/octet-stream');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain('sandbox');
    }
  });
});
