import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ScanSession } from '../../../core/antivirus/virus-scanner';
import { UploadInspector } from './upload-inspector';

const noScan: ScanSession = {
  write: () => undefined,
  finish: () => Promise.resolve({ clean: true }),
  abort: () => undefined,
};

async function run(inspector: UploadInspector, chunks: Buffer[]): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks),
    inspector,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(out);
}

describe(UploadInspector.name, () => {
  const rules = (maxBytes: number, scan = noScan) => ({
    maxBytes,
    tooLarge: () => new Error('too large'),
    decideType: (head: Buffer) =>
      head[0] === 0x25 ? 'application/pdf' : 'application/octet-stream',
    scan,
  });

  it('passes every byte on, typed from the start, and shown to the scanner', async () => {
    const chunks = [Buffer.from('%PDF-'), randomBytes(20_000), randomBytes(3)];
    const scanned: Buffer[] = [];
    const inspector = new UploadInspector(
      rules(1_000_000, { ...noScan, write: async (chunk) => void scanned.push(chunk) }),
    );
    const out = await run(inspector, chunks);
    const all = Buffer.concat(chunks);
    expect(out.equals(all)).toBe(true);
    expect(Buffer.concat(scanned).equals(all)).toBe(true);
    expect(inspector.bytes).toBe(all.length);
    expect(inspector.contentType).toBe('application/pdf');
  });

  it('stops at the first byte over the limit', async () => {
    const inspector = new UploadInspector(rules(10_000));
    await expect(run(inspector, [randomBytes(6_000), randomBytes(6_000)])).rejects.toThrow(
      'too large',
    );
    inspector.destroy();
  });

  it('refuses before passing anything on when the type is refused', async () => {
    const inspector = new UploadInspector({
      ...rules(1_000_000),
      decideType: () => {
        throw new Error('refused');
      },
    });
    const passed: Buffer[] = [];
    inspector.on('data', (chunk: Buffer) => passed.push(chunk));
    await expect(run(inspector, [randomBytes(20_000)])).rejects.toThrow('refused');
    expect(passed).toEqual([]);
    inspector.destroy();
  });
});
