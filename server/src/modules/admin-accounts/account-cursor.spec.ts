import { decodeAccountCursor, encodeAccountCursor } from './account-cursor';

describe('account cursor', () => {
  const id = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';

  it('gives back the account it encoded, as URL-safe text', () => {
    const text = encodeAccountCursor(id);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAccountCursor(text)).toBe(id);
  });

  it('refuses text it did not make', () => {
    for (const text of [
      '',
      'garbage',
      id,
      Buffer.from('not-a-uuid').toString('base64url'),
      `${encodeAccountCursor(id)}A`,
    ]) {
      expect(decodeAccountCursor(text)).toBeNull();
    }
  });
});
