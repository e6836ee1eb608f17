import { FakeValues, type MaskedColumn } from './fake-values';

const text = (mask: MaskedColumn['mask'], extra: Partial<MaskedColumn> = {}): MaskedColumn => ({
  mask,
  type: 'character varying',
  nullable: true,
  maxLength: null,
  ...extra,
});

describe('FakeValues', () => {
  const fakes = new FakeValues(Buffer.alloc(32, 7));

  it('gives equal values equal fakes and different values different ones', () => {
    const email = text('email');
    const a = fakes.replace('sophie@exemple.fr', email);
    expect(fakes.replace('sophie@exemple.fr', email)).toBe(a);
    expect(fakes.replace('marc@exemple.fr', email)).not.toBe(a);
    expect(a).toMatch(/^u[0-9a-f]{16}@example\.invalid$/);
  });

  it('depends on the key', () => {
    const other = new FakeValues(Buffer.alloc(32, 8));
    expect(other.replace('Teng', text('name'))).not.toBe(fakes.replace('Teng', text('name')));
  });

  it('keeps the shape of identifiers, phones and addresses, never the value', () => {
    const code = fakes.replace('72018689', text('identifier'))!;
    expect(code).toMatch(/^\d{8}$/);
    expect(code).not.toBe('72018689');
    expect(fakes.replace('ADMIN001', text('identifier'))).toMatch(/^[A-Z]{5}\d{3}$/);
    expect(fakes.replace('+33606101010', text('phone'))).toMatch(/^\+3363998\d{4}$/);
    expect(fakes.replace('81.250.12.0/24', text('ip'))).toMatch(
      /^(192\.0\.2|198\.51\.100|203\.0\.113)\.0\/24$/,
    );
    expect(fakes.replace('2a01:cb00:12::/48', text('ip'))).toMatch(/^2001:db8:[0-9a-f]+::\/48$/);
    expect(fakes.replace('Teng', text('name'))).toMatch(/^[A-Z][a-z]{5}$/);
  });

  it('drops to null, or to the empty value of a non-null column', () => {
    expect(fakes.replace('mon dossier médical', text('drop'))).toBeNull();
    expect(fakes.replace('note', text('drop', { nullable: false, type: 'text' }))).toBe('');
    expect(
      fakes.replace('{"mobile":"+33"}', text('drop', { nullable: false, type: 'jsonb' })),
    ).toBe('{}');
    expect(fakes.replace('\\x0102', text('drop', { nullable: false, type: 'bytea' }))).toBe('\\x');
  });

  it('hashes bytea as bytea, fits the column length and keeps NULL and kept values', () => {
    expect(fakes.replace('\\x0102', text('hash', { type: 'bytea' }))).toMatch(/^\\x[0-9a-f]{64}$/);
    expect(fakes.replace('ip:81.250.12.7', text('hash', { maxLength: 20 }))).toHaveLength(20);
    expect(fakes.replace(null, text('email'))).toBeNull();
    expect(fakes.replace('fr', text('keep'))).toBe('fr');
  });
});
