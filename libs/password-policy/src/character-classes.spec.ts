import {
  charsetSize,
  classesIn,
  classOf,
  compositionEntropyBits,
  lengthOf,
  smallestCharsetOf,
} from './character-classes';

describe('character classes', () => {
  it('sorts characters into lower, upper, digit and symbol, accented letters by their case', () => {
    expect(['a', 'é', 'Z', 'É', '7', '#', ' ', '🔑'].map(classOf)).toEqual([
      'lower',
      'lower',
      'upper',
      'upper',
      'digit',
      'symbol',
      'symbol',
      'symbol',
    ]);
  });

  it('lists the classes present in a fixed order', () => {
    expect(classesIn('#9aZ')).toEqual(['lower', 'upper', 'digit', 'symbol']);
    expect(classesIn('')).toEqual([]);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(lengthOf('🔑🔑')).toBe(2);
    expect(lengthOf('é')).toBe(1);
  });

  it('sizes alphabets as the CNIL calculator: 26 + 26 + 10 + 33', () => {
    expect(charsetSize(['lower', 'upper', 'digit', 'symbol'])).toBe(95);
    expect(smallestCharsetOf(3)).toBe(62);
    expect(smallestCharsetOf(2)).toBe(36);
    expect(smallestCharsetOf(0)).toBe(10);
  });

  it('computes the composition entropy: 8 characters of both cases and digits ≈ 47.6 bits', () => {
    expect(compositionEntropyBits('xK7qP2mZ')).toBeCloseTo(47.63, 2);
    expect(compositionEntropyBits('')).toBe(0);
  });
});
