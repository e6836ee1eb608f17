import { evaluatePassword } from './evaluate-password';
import { loadDictionaries } from './load-dictionaries';
import type { PasswordDictionaries } from './password-dictionaries';
import { CNIL_2022, NIST_800_63B, PASSWORD_POLICY_PRESETS, SEED_002_CLASSIC } from './policy';
import { generateTemporaryPassword, TEMPORARY_PASSWORD_ALPHABET } from './temporary-password';

let dictionaries: PasswordDictionaries;

beforeAll(async () => {
  dictionaries = await loadDictionaries();
});

const LOOK_ALIKES = /[0Oo1lI]/;

describe('generateTemporaryPassword', () => {
  it.each(Object.values(PASSWORD_POLICY_PRESETS))('meets the $preset preset', (policy) => {
    for (let i = 0; i < 20; i++) {
      const password = generateTemporaryPassword(policy, { dictionaries });
      const evaluation = evaluatePassword(password, policy, {}, dictionaries);
      expect({ password, ok: evaluation.ok }).toEqual({ password, ok: true });
    }
  });

  it('is as long as the policy minimum or 80 bits, whichever is longer', () => {
    expect(generateTemporaryPassword(CNIL_2022)).toHaveLength(14);
    expect(generateTemporaryPassword(SEED_002_CLASSIC)).toHaveLength(14);
    expect(generateTemporaryPassword(NIST_800_63B)).toHaveLength(15);
    expect(generateTemporaryPassword(CNIL_2022, { length: 20 })).toHaveLength(20);
    expect(generateTemporaryPassword(CNIL_2022, { length: 6 })).toHaveLength(12);
  });

  it('never uses look-alike characters and always mixes the four classes', () => {
    const alphabet = Object.values(TEMPORARY_PASSWORD_ALPHABET).join('');
    expect(alphabet).not.toMatch(LOOK_ALIKES);
    for (let i = 0; i < 500; i++) {
      const password = generateTemporaryPassword(CNIL_2022);
      expect(password).not.toMatch(LOOK_ALIKES);
      for (const characters of Object.values(TEMPORARY_PASSWORD_ALPHABET)) {
        expect([...password].some((character) => characters.includes(character))).toBe(true);
      }
    }
  });

  it('draws a different password each time', () => {
    const passwords = new Set(
      Array.from({ length: 1000 }, () => generateTemporaryPassword(CNIL_2022)),
    );
    expect(passwords.size).toBe(1000);
  });

  it('uses every character of its alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++)
      for (const character of generateTemporaryPassword(CNIL_2022)) seen.add(character);
    expect(seen.size).toBe(Object.values(TEMPORARY_PASSWORD_ALPHABET).join('').length);
  });

  it('avoids the user context words when given them', () => {
    const context = { otherWords: ['abcd'] };
    const password = generateTemporaryPassword(CNIL_2022, { dictionaries, context });
    expect(evaluatePassword(password, CNIL_2022, context, dictionaries).ok).toBe(true);
  });
});
