import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built ZIP: its name and compressed body. */
interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressed: Buffer;
  size: number;
}

/** A ZIP archive of the given entries (no data descriptors, no ZIP64: sizes under 4 GiB). */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A classic zip bomb: `megabytes` MiB of zeros deflated to about a thousandth of that, in each of
 * `copies` entries (the same compressed body, so the archive stays small while its expansion grows).
 */
export function zipBomb(megabytes: number, copies = 1): Buffer {
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  const compressed = deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024), { level: 9 });
  return zipOf(
    Array.from({ length: copies }, (_, i) => ({
      name: `zeros-${i}.bin`,
      method: 8 as const,
      crc,
      compressed,
      size: megabytes * 1024 * 1024,
    })),
  );
}

/** An archive whose entries point outside any folder it would be extracted to ("zip slip"). */
export function zipSlip(): Buffer {
  const body = Buffer.from('pwned\n');
  return zipOf(
    ['../../../../tmp/guichet-zip-slip', '/etc/guichet-zip-slip', '..\\..\\evil.bat'].map(
      (name) => ({
        name,
        method: 0 as const,
        crc: crc32(body),
        compressed: body,
        size: body.length,
      }),
    ),
  );
}
