import { Civility } from '@guichet/contracts';
import type { LegacyRecord } from './legacy-csv';
import { LegacyHashScheme } from './legacy-hash';
import { LegacyRejectionReason } from './legacy-import-report';
import { checkLegacyRecord } from './legacy-line';

const record = (fields: LegacyRecord['fields'], complete = true): LegacyRecord => ({
  line: 7,
  complete,
  fields: { access_code: 'C-1', last_name: 'Dupont', ...fields },
});

describe(checkLegacyRecord.name, () => {
  it('reads civilities as previous systems write them', () => {
    const civility = (text: string) =>
      checkLegacyRecord(record({ civility: text })).account?.civility;
    for (const text of ['M', 'm.', 'MR', 'Monsieur', ' monsieur '])
      expect(civility(text)).toBe(Civility.Mr);
    for (const text of ['MME', 'Mme.', 'Madame', 'Mlle', 'Mademoiselle']) {
      expect(civility(text)).toBe(Civility.Mrs);
    }
    expect(civility('')).toBeNull();
    expect(checkLegacyRecord(record({ civility: 'Maître' })).rejections).toEqual([
      { line: 7, field: 'civility', reason: LegacyRejectionReason.InvalidCivility },
    ]);
  });

  it('normalises what it keeps: trimmed text, lower-case e-mail, E.164 mobile', () => {
    const { account } = checkLegacyRecord(
      record({
        access_code: ' C-1 ',
        first_name: '  ',
        last_name: ' Dupont ',
        email: ' Jean.Dupont@Example.TEST ',
        mobile: '06 06 10 10 10',
      }),
    );
    expect(account).toEqual({
      line: 7,
      accessCode: 'C-1',
      civility: null,
      firstName: null,
      lastName: 'Dupont',
      email: 'jean.dupont@example.test',
      mobile: '+33606101010',
      password: null,
    });
  });

  it('keeps a password exactly as given, and a hash with its scheme', () => {
    expect(
      checkLegacyRecord(record({ legacy_password: ' mot de passe ' })).account?.password,
    ).toEqual({
      plain: ' mot de passe ',
    });
    const hash = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';
    expect(checkLegacyRecord(record({ legacy_hash: ` ${hash} ` })).account?.password).toEqual({
      hash,
      scheme: LegacyHashScheme.Bcrypt,
    });
    expect(checkLegacyRecord(record({ legacy_password: '   ' })).account?.password).toBeNull();
  });

  it('gives every reason a line is wrong, never its values', () => {
    const { account, rejections } = checkLegacyRecord(
      record({
        access_code: 'a@b',
        last_name: '',
        email: 'nope',
        mobile: '01 23 45 67 89',
        first_name: 'x'.repeat(101),
        legacy_password: 'secret',
        legacy_hash: '{SSHA}iAn0tX5ixq7tCRwRLKV7y9/objNzZWwtMTIzNA==',
      }),
    );
    expect(account).toBeNull();
    expect(rejections.map(({ field, reason }) => `${field}:${reason}`)).toEqual([
      'access_code:invalid-access-code',
      'last_name:required',
      'first_name:too-long',
      'email:invalid-email',
      'mobile:invalid-mobile',
      'legacy_hash:password-and-hash',
    ]);
    expect(JSON.stringify(rejections)).not.toMatch(/secret|nope|a@b/);
  });

  it('refuses a line whose fields do not line up with the header', () => {
    expect(checkLegacyRecord(record({}, false)).rejections).toEqual([
      { line: 7, field: null, reason: LegacyRejectionReason.ColumnCount },
    ]);
  });
});
