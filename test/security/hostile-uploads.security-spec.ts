import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ParcelDetail, ParcelDocument } from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import {
  binary,
  createDraft,
  filesUnder,
  makeBlobDir,
  PDF,
  removeBlobDir,
  upload,
  uploadWithDisposition,
} from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { changedTables, databaseDigest } from './database-digest';
import { INJECTIONS, UNICODE_EDGES } from './hostile-values';
import { KNOWN_ERROR_CODES } from './known-codes';
import { zipBomb, zipSlip } from './zip-bomb';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * ASVS V5 (files). Decision: a parcel stores a ZIP exactly as sent, encrypted, and never opens
 * it — no listing, no expansion, no extraction — so a zip bomb or a "zip slip" archive is inert
 * on the server; it is the recipient's archive tool that must cope, as with an e-mail attachment.
 * The "download all" zip wraps documents without recompressing what they contain.
 */
describe('hostile uploads (ASVS V5)', () => {
  let testApp: TestApp;
  let blobDir: string;
  let sender: ApiClient;

  const blobBytes = async () => {
    let total = 0;
    for (const file of await filesUnder(blobDir)) total += (await stat(join(blobDir, file))).size;
    return total;
  };
  const download = async (client: ApiClient, path: string): Promise<Buffer> =>
    (await client.get(path).buffer(true).parse(binary).expect(200)).body as Buffer;

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000' },
    });
    sender = await testApp.client();
    await signInOk(sender, DEMO.legacyClient);
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  it('stores a zip bomb as it is, without expanding it, and gives the same bytes back', async () => {
    const bomb = zipBomb(512, 4); // 2 GiB once expanded, about 2 MB as sent
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const draft = await createDraft(sender, { subject: 'Archive' });
    const before = await blobBytes();
    const response = await upload(sender, draft.id, 'archive.zip', bomb);
    expect(response.status).toBe(201);
    const document = response.body as ParcelDocument;
    expect(document).toMatchObject({ size: bomb.length, contentType: 'application/zip' });
    // Encrypted at rest, in 64 KiB records: a little overhead, nowhere near the expansion.
    expect((await blobBytes()) - before).toBeLessThan(bomb.length * 1.1);
    const content = await download(
      sender,
      `/api/parcels/${draft.id}/documents/${document.id}/content`,
    );
    expect(sha256(content)).toBe(sha256(bomb));
    const all = await download(sender, `/api/parcels/${draft.id}/zip`);
    expect(all.length).toBeLessThan(bomb.length * 1.1 + 4096);
  });

  it('never extracts a "zip slip" archive: it is stored intact and nothing lands outside the store', async () => {
    const slip = zipSlip();
    const draft = await createDraft(sender, { subject: 'Slip' });
    const response = await upload(sender, draft.id, '../../../tmp/slip.zip', slip);
    expect(response.status).toBe(201);
    const document = response.body as ParcelDocument;
    expect(document.name).toBe('slip.zip');
    expect(existsSync('/tmp/guichet-zip-slip')).toBe(false);
    expect(existsSync('/etc/guichet-zip-slip')).toBe(false);
    const content = await download(
      sender,
      `/api/parcels/${draft.id}/documents/${document.id}/content`,
    );
    expect(sha256(content)).toBe(sha256(slip));
  });

  it('keeps every hostile file name to a safe last segment, or refuses the file with a known code', async () => {
    const draft: ParcelDetail = await createDraft(sender, { subject: 'Noms' });
    const name = fc.oneof(
      fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES, 'CON', 'a'.repeat(1_000), '.htaccess'),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(name, async (raw) => {
        const before = await databaseDigest(testApp.database.url);
        const encoded = encodeURIComponent(raw.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
        const response = await uploadWithDisposition(
          sender,
          draft.id,
          `filename*=UTF-8''${encoded}`,
          PDF,
        );
        const changed = changedTables(before, await databaseDigest(testApp.database.url));
        if (response.status === 201) {
          const stored = (response.body as ParcelDocument).name;
          expect({ raw, stored }).toEqual({
            raw,
            // eslint-disable-next-line no-control-regex -- no control character may survive
            stored: expect.not.stringMatching(/[/\\\u0000-\u001f\u202a-\u202e]|^\.|^$/),
          });
          expect([...stored].length).toBeLessThanOrEqual(200);
          await sender.delete(`/api/parcels/${draft.id}/documents/${response.body.id}`).expect(204);
        } else {
          expect({ raw, status: response.status, changed }).toEqual({
            raw,
            status: expect.any(Number),
            changed: [],
          });
          expect(response.status).toBeLessThan(500);
          expect(KNOWN_ERROR_CODES.has(response.body.code)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('refuses broken multipart bodies with a known code and stores nothing', async () => {
    const draft = await createDraft(sender, { subject: 'Cassé' });
    const cases: [string, string, Buffer][] = [
      ['no boundary', 'multipart/form-data', PDF],
      ['unterminated', 'multipart/form-data; boundary=b', Buffer.from('--b\r\nContent-Dispo')],
      [
        'no file field',
        'multipart/form-data; boundary=b',
        Buffer.from('--b\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--b--\r\n'),
      ],
      ['not multipart', 'application/json', Buffer.from('{"file":"x"}')],
      ['empty', 'multipart/form-data; boundary=b', Buffer.alloc(0)],
    ];
    const before = await databaseDigest(testApp.database.url);
    const filesBefore = await filesUnder(blobDir);
    for (const [label, type, body] of cases) {
      const response = await sender
        .post(`/api/parcels/${draft.id}/documents`)
        .set('Content-Type', type)
        .send(body);
      expect({
        label,
        status: response.status,
        known: KNOWN_ERROR_CODES.has(response.body.code),
      }).toEqual({ label, status: expect.any(Number), known: true });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(changedTables(before, await databaseDigest(testApp.database.url))).toEqual([]);
    expect(await filesUnder(blobDir)).toEqual(filesBefore);
  });
});
