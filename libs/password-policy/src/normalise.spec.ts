import { compact, comparableForms, foldCase, unleet } from './normalise';

describe('normalise', () => {
  it('folds case and accents', () => {
    expect(foldCase('Hélène ÇA Œuvre')).toBe('helene ca œuvre');
  });

  it('compacts separators away', () => {
    expect(compact("Jean-Pierre L'Écuyer_2.0")).toBe('jeanpierrelecuyer20');
  });

  it('undoes each leetspeak substitution, reading 1 as i and as l', () => {
    expect(unleet('@4035$7')).toEqual(['aaoesst']);
    expect(unleet('so1ei1')).toEqual(['soieii', 'soleil']);
    expect(unleet('plain')).toEqual(['plain']);
  });

  it('gives the folded, compacted and unleeted forms once each', () => {
    expect(comparableForms('Dup0nt-1')).toEqual([
      'dup0nt-1',
      'dup0nt1',
      'dupont-i',
      'dupont-l',
      'duponti',
      'dupontl',
    ]);
  });
});
