import { DocumentKeys } from './document-keys';

describe(DocumentKeys.name, () => {
  const config = { masterKey: Buffer.alloc(32, 1), keyId: 'k1', retiredKeys: {} };

  it('wraps a fresh key per document and unwraps it for that document only', () => {
    const keys = new DocumentKeys(config);
    const { key, wrapped } = keys.create('doc-1');
    expect(wrapped.keyId).toBe('k1');
    expect(wrapped.wrapped.includes(key)).toBe(false);
    expect(keys.unwrap('doc-1', wrapped).equals(key)).toBe(true);
    expect(() => keys.unwrap('doc-2', wrapped)).toThrow();
    expect(keys.create('doc-1').key.equals(key)).toBe(false);
  });

  it('opens keys wrapped by a retired master key after a rotation, and refuses an unknown one', () => {
    const { key, wrapped } = new DocumentKeys(config).create('doc-1');
    const rotated = new DocumentKeys({
      masterKey: Buffer.alloc(32, 2),
      keyId: 'k2',
      retiredKeys: { k1: Buffer.alloc(32, 1) },
    });
    expect(rotated.unwrap('doc-1', wrapped).equals(key)).toBe(true);
    expect(rotated.create('doc-3').wrapped.keyId).toBe('k2');
    const forgotten = new DocumentKeys({ ...config, keyId: 'k2', masterKey: Buffer.alloc(32, 2) });
    expect(() => forgotten.unwrap('doc-1', wrapped)).toThrow(/Unknown master key/);
  });
});
