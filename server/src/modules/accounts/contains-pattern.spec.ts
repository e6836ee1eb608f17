import { containsPattern } from './typeorm-account-directory.repository';

describe(containsPattern.name, () => {
  it('matches a word anywhere, its own wildcards and backslashes taken literally', () => {
    expect(containsPattern('dupont')).toBe('%dupont%');
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('c:\\')).toBe('%c:\\\\%');
  });
});
