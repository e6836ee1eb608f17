import { LegacyHashScheme, legacyHashScheme } from './legacy-hash';

describe(legacyHashScheme.name, () => {
  it('recognises the schemes the import keeps', () => {
    expect(
      legacyHashScheme(
        '$argon2id$v=19$m=4096,t=3,p=1$kgE9E2FxTZ2ztT+R9Oe4kQ$b4bNbP1oETg8swYBOk3IgKKihc+Tw8CHS0QKsYn2yyI',
      ),
    ).toBe(LegacyHashScheme.Argon2id);
    for (const prefix of ['$2a$', '$2b$', '$2y$']) {
      expect(
        legacyHashScheme(`${prefix}10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy`),
      ).toBe(LegacyHashScheme.Bcrypt);
    }
    expect(legacyHashScheme('{SSHA}iAn0tX5ixq7tCRwRLKV7y9/objNzZWwtMTIzNA==')).toBe(
      LegacyHashScheme.Ssha,
    );
    expect(legacyHashScheme('{ssha}iAn0tX5ixq7tCRwRLKV7y9/objNzZWwtMTIzNA==')).toBe(
      LegacyHashScheme.Ssha,
    );
    expect(legacyHashScheme('{SHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=')).toBe(LegacyHashScheme.Sha);
  });

  it('refuses anything else, including truncated or mislabelled hashes', () => {
    for (const hash of [
      '',
      'plain password',
      'md5:0cc175b9c0f1b6a831c399e269772661',
      '$argon2i$v=19$m=4096,t=3,p=1$kgE9E2FxTZ2ztT+R9Oe4kQ$b4bNbP1oETg8swYBOk3IgKKihc+Tw8CHS0QKsYn2yyI',
      '$argon2id$v=19$m=4096,t=3,p=1$kgE9E2FxTZ2ztT+R9Oe4kQ',
      '$2b$10$N9qo8uLOickgx2ZMRZoMye',
      '$2x$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
      '$1$saltsalt$qjXMvbEw8oaL.CzflDugX/',
      '{SSHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=',
      '{SHA}iAn0tX5ixq7tCRwRLKV7y9/objNzZWwtMTIzNA==',
      '{CRYPT}abc',
      '{SSHA}not base64!',
    ]) {
      expect(legacyHashScheme(hash)).toBeNull();
    }
  });
});
