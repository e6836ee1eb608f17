import { interpolate } from './interpolate';

describe(interpolate.name, () => {
  it('fills every placeholder with its value', () => {
    expect(interpolate('© {year} {name}, {year}', { year: 2026, name: 'Guichet' })).toBe(
      '© 2026 Guichet, 2026',
    );
  });

  it('keeps a placeholder whose value is missing, so the gap is visible', () => {
    expect(interpolate('Bonjour {name}', {})).toBe('Bonjour {name}');
  });

  it('ignores inherited object properties', () => {
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });
});
