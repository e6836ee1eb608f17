import { SecretBox } from './secret-box';

describe(SecretBox.name, () => {
  const box = new SecretBox({ masterKey: Buffer.alloc(32, 1), keyId: 'k1' });

  it('opens what it sealed, and the sealed bytes do not show the secret', () => {
    const sealed = box.seal('https://portal.example/set-password?token=s3cr3t', 'message-1');
    expect(sealed.toString('latin1')).not.toContain('s3cr3t');
    expect(box.open(sealed, 'message-1')).toBe('https://portal.example/set-password?token=s3cr3t');
  });

  it('refuses a value moved to another context, altered, or sealed under another key', () => {
    const sealed = box.seal('secret', 'message-1');
    expect(() => box.open(sealed, 'message-2')).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1]! ^= 1;
    expect(() => box.open(altered, 'message-1')).toThrow();
    const other = new SecretBox({ masterKey: Buffer.alloc(32, 2), keyId: 'k2' });
    expect(() => other.open(sealed, 'message-1')).toThrow();
  });

  it('still opens what a retired master key sealed, after a rotation', () => {
    const sealed = box.seal('secret', 'message-1');
    const rotated = new SecretBox({
      masterKey: Buffer.alloc(32, 2),
      keyId: 'k2',
      retiredKeys: { k1: Buffer.alloc(32, 1) },
    });
    expect(rotated.open(sealed, 'message-1')).toBe('secret');
  });

  it('never seals the same value twice to the same bytes', () => {
    expect(box.seal('same', 'c').equals(box.seal('same', 'c'))).toBe(false);
  });
});
