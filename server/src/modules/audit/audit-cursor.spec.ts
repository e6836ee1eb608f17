import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

describe('audit cursor', () => {
  const cursor = {
    occurredAt: '2026-11-23T15:00:00.123456Z',
    id: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  };

  it('gives back the exact position it encoded, microseconds included', () => {
    const text = encodeAuditCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAuditCursor(text)).toEqual(cursor);
  });

  it('refuses text it did not make', () => {
    const forge = (raw: string) => Buffer.from(raw).toString('base64url');
    for (const text of [
      '',
      'garbage',
      forge('2026-11-23T15:00:00.123Z|3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b'),
      forge('2026-13-45T15:00:00.123456Z|3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b'),
      forge(`${cursor.occurredAt}|not-a-uuid`),
      forge(`${cursor.occurredAt}|${cursor.id}|extra`),
    ]) {
      expect(decodeAuditCursor(text)).toBeNull();
    }
  });
});
