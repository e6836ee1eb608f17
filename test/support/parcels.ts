import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParcelDetail, ParcelDocument } from '@guichet/contracts';
import type { Response } from 'superagent';
import type { ApiClient } from './api-client';

/** A small but real PDF (the viewer needs no more than this to show a blank page). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The start of a ZIP archive (local file header): detected as `application/zip`. */
export const ZIP = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]),
  Buffer.alloc(200, 7),
]);

/** A folder for the blobs of one test app, removed by `removeBlobDir`. */
export function makeBlobDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'guichet-blobs-'));
}

export function removeBlobDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Every file under `dir` (the blobs and any temporary file), relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Creates a draft as the send page does. */
export async function createDraft(
  client: ApiClient,
  body: { subject: string; note?: string; recipientIds?: string[]; expiresAt?: string },
): Promise<ParcelDetail> {
  const response = await client.post('/api/parcels').send(body);
  if (response.status !== 201) {
    throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as ParcelDetail;
}

/** Uploads one file in the field `file`; gives the raw answer. */
export function upload(client: ApiClient, parcelId: string, name: string, bytes: Buffer) {
  return client
    .post(`/api/parcels/${parcelId}/documents`)
    .attach('file', bytes, { filename: name, contentType: 'application/octet-stream' });
}

/**
 * Uploads with a hand-written part header, e.g. `filename*=UTF-8''a%01b.txt`: how a client can
 * send a name with characters that a plain `filename="…"` may not hold.
 */
export function uploadWithDisposition(
  client: ApiClient,
  parcelId: string,
  disposition: string,
  bytes: Buffer,
) {
  const boundary = 'guichet-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client
    .post(`/api/parcels/${parcelId}/documents`)
    .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
    .send(body);
}

/** Uploads and fails the test, with the answer, unless the document was stored. */
export async function uploadOk(
  client: ApiClient,
  parcelId: string,
  name: string,
  bytes: Buffer,
): Promise<ParcelDocument> {
  const response = await upload(client, parcelId, name, bytes);
  if (response.status !== 201) {
    throw new Error(`upload answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as ParcelDocument;
}

/** A draft with the given files, sent; gives the parcel as its sender sees it. */
export async function sendParcel(
  client: ApiClient,
  body: { subject: string; note?: string; recipientIds?: string[] },
  files: [string, Buffer][],
): Promise<ParcelDetail> {
  const draft = await createDraft(client, body);
  for (const [name, bytes] of files) await uploadOk(client, draft.id, name, bytes);
  const response = await client.post(`/api/parcels/${draft.id}/send`);
  if (response.status !== 200) {
    throw new Error(`send answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as ParcelDetail;
}

/** Collects a binary answer as a Buffer (supertest parses text and JSON otherwise). */
export function binary(
  response: Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => callback(error, Buffer.concat(chunks)));
}
