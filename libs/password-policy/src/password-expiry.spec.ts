import { isExpired, passwordExpiresAt } from './password-expiry';
import { CNIL_2022, SEED_002_CLASSIC } from './policy';

const DAY = 24 * 60 * 60 * 1000;
const setAt = new Date('2026-01-10T09:30:00Z');
const at = (ms: number) => new Date(setAt.getTime() + ms);

describe('isExpired', () => {
  it('expires a seed 002 password at exactly 90 days, not a millisecond before', () => {
    expect(isExpired(setAt, SEED_002_CLASSIC, at(90 * DAY - 1))).toBe(false);
    expect(isExpired(setAt, SEED_002_CLASSIC, at(90 * DAY))).toBe(true);
    expect(isExpired(setAt, SEED_002_CLASSIC, at(89 * DAY))).toBe(false);
    expect(isExpired(setAt, SEED_002_CLASSIC, at(91 * DAY))).toBe(true);
  });

  it('never expires a password under a policy without maximum age', () => {
    expect(isExpired(setAt, CNIL_2022, at(10_000 * DAY))).toBe(false);
    expect(passwordExpiresAt(setAt, CNIL_2022)).toBeNull();
  });

  it('counts 24-hour days, across a daylight-saving change', () => {
    expect(passwordExpiresAt(setAt, SEED_002_CLASSIC)).toEqual(new Date('2026-04-10T09:30:00Z'));
  });
});
