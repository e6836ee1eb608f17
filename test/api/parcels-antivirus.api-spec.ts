import { existsSync } from 'node:fs';
import type { ApiClient } from '../support/api-client';
import { CLAMD_BINARY, EICAR, TestClamd } from '../support/clamd';
import {
  createDraft,
  filesUnder,
  makeBlobDir,
  PDF,
  removeBlobDir,
  upload,
  uploadOk,
} from '../support/parcels';
import { signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };
const available = existsSync(CLAMD_BINARY);
if (!available) {
  process.stderr.write(
    `Antivirus tests skipped: ${CLAMD_BINARY} is missing (apt-get install -y clamav-daemon)\n`,
  );
}

(available ? describe : describe.skip)('secure parcels: antivirus (clamd)', () => {
  let clamd: TestClamd;
  let testApp: TestApp;
  let blobDir: string;
  let teng: ApiClient;

  const documentCount = async () =>
    (
      await queryDatabase<{ n: number }>(
        testApp.database.url,
        'SELECT count(*)::int AS n FROM parcel_document',
      )
    )[0]!.n;

  beforeAll(async () => {
    clamd = await TestClamd.start();
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, CLAMD_SOCKET: clamd.socket, CLAMD_TIMEOUT_MS: '10000' },
    });
    teng = await testApp.client();
    await signInOk(teng, TENG);
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
    await clamd.stop();
    await removeBlobDir(blobDir);
  });

  it('stores a clean document once clamd has scanned it', async () => {
    const draft = await createDraft(teng, { subject: 'Sain' });
    await uploadOk(teng, draft.id, 'clean.pdf', PDF);
    await uploadOk(teng, draft.id, 'large.bin', Buffer.alloc(3 * 1024 * 1024, 1));
  });

  it('refuses the EICAR test file with 422 and stores nothing, whatever its name', async () => {
    const draft = await createDraft(teng, { subject: 'Infecté' });
    const [files, rows] = [await filesUnder(blobDir), await documentCount()];
    for (const [name, bytes] of [
      ['eicar.com', EICAR],
      ['rapport.txt', Buffer.concat([Buffer.from('Rapport annuel\n'.repeat(10_000)), EICAR])],
    ] as const) {
      const refused = await upload(teng, draft.id, name, bytes);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('PARCEL_INFECTED');
    }
    expect(await filesUnder(blobDir)).toEqual(files);
    expect(await documentCount()).toBe(rows);
    await teng.post(`/api/parcels/${draft.id}/send`).expect(409);
  });

  it('fails closed with 503 when clamd cannot be reached, storing nothing', async () => {
    const draft = await createDraft(teng, { subject: 'Sans antivirus' });
    await clamd.halt();
    const [files, rows] = [await filesUnder(blobDir), await documentCount()];
    const refused = await upload(teng, draft.id, 'clean.pdf', PDF);
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('PARCEL_SCAN_UNAVAILABLE');
    expect(await filesUnder(blobDir)).toEqual(files);
    expect(await documentCount()).toBe(rows);
  });
});
