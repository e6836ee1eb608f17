import fc from 'fast-check';

/** Classic injection payloads: SQL, HTML/script, template, path traversal. */
export const INJECTIONS = [
  "' OR '1'='1' --",
  "'; DROP TABLE account; --",
  '1 UNION SELECT password_hash FROM account',
  "admin'/*",
  '%27%20OR%201%3D1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '${7*7}',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..\\..\\..\\windows\\win.ini',
  '/dev/zero',
  'file:///etc/shadow',
];

/** CR/LF and friends in what may end up in a mail header (To, Subject, a name). */
export const HEADER_INJECTIONS = [
  'victime@example.test\r\nBcc: pirate@example.test',
  'victime@example.test\nSubject: Virement urgent',
  'victime@example.test%0d%0aBcc:pirate@example.test',
  'Nom\r\nContent-Type: text/html',
  'a@b.fr\u2028Bcc: c@d.fr',
];

/** Unicode that trips naive code: lone surrogates, RTL override, NUL, combining marks… */
export const UNICODE_EDGES = [
  '\uD800',
  'abc\uDFFFdef',
  '\u202Egnp.exe',
  'a\u0000b',
  '\u0000',
  'e' + '\u0301'.repeat(500),
  '\u200B\u200C\u200D\uFEFF',
  '👩‍👩‍👧‍👦'.repeat(50),
  'ｆｕｌｌｗｉｄｔｈ＠ｅｘａｍｐｌｅ．ｔｅｓｔ',
  'İstanbul ß ǅ',
  '\u0085\u2028\u2029',
  '\x1b[31mred\x1b[0m',
];

/** Sizes at the edges: empty, blank, long (still under the 100 kB body limit). */
export const SIZE_EDGES = ['', ' ', '\t\n', 'x'.repeat(255), 'x'.repeat(5_000), 'é'.repeat(30_000)];

/** Any hostile string: the lists above, or fast-check's own, down to lone surrogates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS, ...HEADER_INJECTIONS, ...UNICODE_EDGES, ...SIZE_EDGES),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 64 }),
);

/** A JSON value nested `depth` levels, arrays or objects. */
export function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Values of a type no field of the API takes in this shape. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant({ $ne: null }),
  fc.constant({ $gt: '' }),
  fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.constant([[['deep']]]),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

/** Keys an attacker adds for mass assignment: the DTO whitelist must refuse them (422). */
export const SMUGGLED_KEYS = ['role', 'workspaceId', 'accountId', 'isAdmin', 'passwordHash'];

/** Keys that aim at prototype pollution: dropped or refused, never merged into a prototype. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Either kind of hostile value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, wrongType);
