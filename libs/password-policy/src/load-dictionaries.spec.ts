import { loadDictionaries } from './load-dictionaries';

describe('loadDictionaries', () => {
  it('loads once and answers the same dictionaries to every caller', async () => {
    const [first, second] = await Promise.all([loadDictionaries(), loadDictionaries()]);
    expect(second).toBe(first);
    expect(await loadDictionaries()).toBe(first);
  });

  it('knows French and English common passwords, French words and names', async () => {
    const dictionaries = await loadDictionaries();
    for (const word of ['motdepasse', 'password', 'azerty', 'papillon', 'nicolas', 'dupont']) {
      expect(dictionaries.isCommon(word)).toBe(true);
    }
    expect(dictionaries.isCommon('kx9mlp2vqz')).toBe(false);
  });

  it('analyses the first 40 characters only', async () => {
    const dictionaries = await loadDictionaries();
    const analysis = dictionaries.analyse('Kx9#mLp2$vQz'.repeat(6), []);
    expect(analysis.analysedLength).toBe(40);
  });

  it('reports what zxcvbn could only brute-force', async () => {
    const dictionaries = await loadDictionaries();
    const analysis = dictionaries.analyse('papillonKx9#', []);
    expect(analysis.bruteforced).toBe('Kx9#');
  });

  it('does not take the words of a phrase zxcvbn brute-forced for random characters', async () => {
    const dictionaries = await loadDictionaries();
    expect(dictionaries.analyse('le chat est sur le toit et mange', []).bruteforced).toBe('');
    expect(dictionaries.analyse('le chat Kx9# sur le toit', []).bruteforced).toContain('Kx9#');
  });
});
