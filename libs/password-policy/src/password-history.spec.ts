import { checkPasswordHistory } from './password-history';
import { CNIL_2022, NIST_800_63B, SEED_002_CLASSIC } from './policy';

const hashes = ['h-current', 'h-1', 'h-2', 'h-3', 'h-4', 'h-5', 'h-6'];

describe('checkPasswordHistory', () => {
  it('refuses a password behind one of the last N hashes (CNIL: 5)', async () => {
    const tried: string[] = [];
    const matches = async (hash: string) => (tried.push(hash), hash === 'h-4');
    await expect(checkPasswordHistory(hashes, CNIL_2022, matches)).resolves.toEqual({
      rule: 'not-recent',
      met: false,
      params: { historySize: 5 },
    });
    expect(tried).toEqual(['h-current', 'h-1', 'h-2', 'h-3', 'h-4']);
  });

  it('accepts a password behind an older hash than the last N', async () => {
    const matches = async (hash: string) => hash === 'h-5';
    const result = await checkPasswordHistory(hashes, SEED_002_CLASSIC, matches);
    expect(result.met).toBe(true);
  });

  it('stops at the first match', async () => {
    const tried: string[] = [];
    await checkPasswordHistory(hashes, CNIL_2022, async (hash) => (tried.push(hash), true));
    expect(tried).toEqual(['h-current']);
  });

  it('only refuses the current password under NIST (history of 1)', async () => {
    const reused = await checkPasswordHistory(hashes, NIST_800_63B, async (h) => h === 'h-current');
    const older = await checkPasswordHistory(hashes, NIST_800_63B, async (h) => h === 'h-1');
    expect([reused.met, older.met]).toEqual([false, true]);
  });

  it('checks nothing when the policy keeps no history', async () => {
    const matches = jest.fn(async () => true);
    const policy = { ...CNIL_2022, historySize: 0 };
    await expect(checkPasswordHistory(hashes, policy, matches)).resolves.toMatchObject({
      met: true,
    });
    expect(matches).not.toHaveBeenCalled();
  });
});
