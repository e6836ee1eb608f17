import { createHmac } from 'node:crypto';
import type { MaskRule } from '../../core/privacy/personal-data';

const SYLLABLES = [
  'ba',
  'ko',
  'li',
  'mu',
  'ra',
  'ze',
  'do',
  'fi',
  'ga',
  'nu',
  'pe',
  'so',
  'vi',
  'ty',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const IPV4_DOCUMENTATION = ['192.0.2', '198.51.100', '203.0.113'];

/** What the dump needs to know of a column to replace its value. */
export interface MaskedColumn {
  mask: MaskRule;
  type: string;
  nullable: boolean;
  maxLength: number | null;
}

/**
 * Consistent fakes for the anonymised dump (GDPR-6): each is derived from an HMAC of the original
 * under the dump's key, so equal values give equal fakes (joins and unique indexes hold) and
 * different values different ones, while nothing of the original can be read back without the
 * key. Values come and go in PostgreSQL's text form.
 */
export class FakeValues {
  constructor(private readonly key: Buffer) {}

  /** The replacement of `value` (text form, null for NULL) in a column masked by `column.mask`. */
  replace(value: string | null, column: MaskedColumn): string | null {
    if (column.mask === 'keep') return value;
    if (column.mask === 'drop') return column.nullable ? null : emptyOf(column.type);
    if (value === null) return null;
    return fit(this.fake(value, column), column.maxLength);
  }

  private fake(value: string, column: MaskedColumn): string {
    const digest = this.digest(value);
    switch (column.mask) {
      case 'name':
        return this.name(digest);
      case 'email':
        return `u${digest.subarray(0, 8).toString('hex')}@example.invalid`;
      case 'phone':
        // ARCEP's range for fiction (06 39 98 xx xx): never anyone's number.
        return `+3363998${String(digest.readUInt32BE(0) % 10_000).padStart(4, '0')}`;
      case 'identifier':
        return this.identifier(value, digest);
      case 'address':
        return `${(digest.readUInt16BE(0) % 200) + 1} rue ${this.name(digest.subarray(2))}`;
      case 'ip':
        return ip(value, digest);
      case 'hash':
        return column.type === 'bytea' ? `\\x${digest.toString('hex')}` : digest.toString('hex');
      default:
        throw new Error(`No fake for mask ${column.mask}`);
    }
  }

  private digest(value: string, block = 0): Buffer {
    return createHmac('sha256', this.key).update(`${block}:${value}`).digest();
  }

  /** A pronounceable made-up word: `Bakoli`. */
  private name(digest: Buffer): string {
    const word = [0, 1, 2].map((i) => SYLLABLES[digest[i]! % SYLLABLES.length]).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  }

  /** Same length and shape (digits stay digits, letters letters, case kept). */
  private identifier(value: string, digest: Buffer): string {
    let bytes = digest;
    for (let block = 1; bytes.length < value.length; block++) {
      bytes = Buffer.concat([bytes, this.digest(value, block)]);
    }
    return [...value]
      .map((char, i) => {
        const byte = bytes[i]!;
        if (/[0-9]/.test(char)) return String(byte % 10);
        if (/[a-z]/.test(char)) return LETTERS[byte % 26]!;
        if (/[A-Z]/.test(char)) return LETTERS[byte % 26]!.toUpperCase();
        return char;
      })
      .join('');
  }
}

function ip(value: string, digest: Buffer): string {
  const prefix = value.includes('/') ? value.slice(value.indexOf('/')) : '';
  if (value.includes(':')) return `2001:db8:${digest.readUInt16BE(0).toString(16)}::${prefix}`;
  const range = IPV4_DOCUMENTATION[digest[0]! % IPV4_DOCUMENTATION.length];
  return `${range}.${prefix ? 0 : digest[1]}${prefix}`;
}

/** A non-null column that loses its value gets its type's empty one. */
function emptyOf(type: string): string {
  if (type === 'jsonb' || type === 'json') return '{}';
  if (type === 'bytea') return '\\x';
  return '';
}

function fit(value: string, maxLength: number | null): string {
  return maxLength !== null && value.length > maxLength ? value.slice(0, maxLength) : value;
}
