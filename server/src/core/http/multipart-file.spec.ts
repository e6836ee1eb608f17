import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { Request } from 'express';
import {
  boundaryOf,
  fileNameOf,
  NoFileError,
  partialDelimiterAtEnd,
  readMultipartFile,
} from './multipart-file';

const BOUNDARY = '----guichet7MA4YWxkTrZu0gW';

/** A request whose body arrives in chunks of `size` bytes. */
function requestOf(
  body: Buffer,
  size: number,
  contentType = `multipart/form-data; boundary=${BOUNDARY}`,
) {
  const chunks = Array.from({ length: Math.ceil(body.length / size) }, (_, i) =>
    body.subarray(i * size, (i + 1) * size),
  );
  return Object.assign(Readable.from(chunks), {
    headers: { 'content-type': contentType },
    complete: true,
  }) as unknown as Request;
}

const part = (headers: string, content: Buffer | string) =>
  Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`),
    Buffer.from(content),
    Buffer.from('\r\n'),
  ]);
const body = (...parts: Buffer[]) => Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);

describe(readMultipartFile.name, () => {
  // Bytes that look like the delimiter's beginning, to trip a careless search.
  const content = Buffer.concat([
    randomBytes(3000),
    Buffer.from(`\r\n--${BOUNDARY.slice(0, 10)}`),
    randomBytes(3000),
  ]);
  const upload = body(
    part('Content-Disposition: form-data; name="note"', 'bonjour'),
    part(
      'Content-Disposition: form-data; name="file"; filename="relevé.pdf"\r\nContent-Type: application/pdf',
      content,
    ),
  );

  it.each([1, 7, 100, 4096, upload.length])(
    'gives the file whole when the body comes in chunks of %d bytes',
    async (size) => {
      const file = await readMultipartFile(requestOf(upload, size));
      expect(file.fileName).toBe('relevé.pdf');
      expect((await buffer(file.stream)).equals(content)).toBe(true);
    },
  );

  it('gives the file whole when one read ends anywhere in a look-alike or the real delimiter', async () => {
    const lookAlike = upload.indexOf(content.subarray(3000, 3012));
    const closing = upload.indexOf(`\r\n--${BOUNDARY}--`);
    const around = (at: number) =>
      Array.from({ length: BOUNDARY.length + 8 }, (_, i) => at - 2 + i);
    for (const cut of [...around(lookAlike), ...around(closing)]) {
      const request = Object.assign(
        Readable.from([upload.subarray(0, cut), upload.subarray(cut)]),
        {
          headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
          complete: true,
        },
      ) as unknown as Request;
      const file = await readMultipartFile(request);
      expect((await buffer(file.stream)).equals(content)).toBe(true);
    }
  });

  it('holds back only bytes that could begin the delimiter', () => {
    const delimiter = Buffer.from('\r\n--abc');
    expect(partialDelimiterAtEnd(Buffer.from('xyz'), delimiter)).toBe(0);
    expect(partialDelimiterAtEnd(Buffer.from('xyz\r'), delimiter)).toBe(1);
    expect(partialDelimiterAtEnd(Buffer.from('xyz\r\n--ab'), delimiter)).toBe(6);
    expect(partialDelimiterAtEnd(Buffer.from('\r\n--a\rx'), delimiter)).toBe(0);
    expect(partialDelimiterAtEnd(Buffer.from('\r\n-\r\n-'), delimiter)).toBe(3);
  });

  it('refuses a body that is not multipart, or has no file in the field', async () => {
    await expect(
      readMultipartFile(requestOf(Buffer.from('{}'), 10, 'application/json')),
    ).rejects.toThrow(NoFileError);
    const other = body(part('Content-Disposition: form-data; name="other"; filename="a.txt"', 'x'));
    await expect(readMultipartFile(requestOf(other, 10))).rejects.toThrow(NoFileError);
    const truncated = upload.subarray(0, 40);
    await expect(readMultipartFile(requestOf(truncated, 10))).rejects.toThrow(NoFileError);
  });

  it('fails the file stream when the body ends inside it', async () => {
    const cut = upload.subarray(0, upload.length - 2000);
    const file = await readMultipartFile(requestOf(cut, 512));
    await expect(buffer(file.stream)).rejects.toThrow('ended inside the file');
  });
});

describe('multipart headers', () => {
  it('reads the boundary, quoted or not', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(boundaryOf('application/json')).toBeNull();
    expect(boundaryOf(undefined)).toBeNull();
  });

  it('prefers filename* (RFC 5987) and keeps the name as sent', () => {
    expect(
      fileNameOf(`form-data; name="file"; filename="a.txt"; filename*=UTF-8''%C3%A9t%C3%A9.txt`),
    ).toBe('été.txt');
    expect(fileNameOf('form-data; name="file"; filename="..\\\\x\\y.txt"')).toBe('..\\\\x\\y.txt');
    expect(fileNameOf(`form-data; name="file"; filename*=UTF-8''%E0%A4%A`)).toBeUndefined();
    expect(fileNameOf('form-data; name="file"')).toBeUndefined();
  });
});
