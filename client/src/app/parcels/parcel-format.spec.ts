import {
  addDays,
  dateInputValue,
  daysBetween,
  endOfDay,
  formatBytes,
  parseDateInput,
  relativeTime,
} from './parcel-format';

/** Intl separates number and unit with a no-break space (narrow in some locales). */
const size = (bytes: number, language: 'fr' | 'en') =>
  formatBytes(bytes, language).replace(/\s/g, ' ');

describe('parcel formatting', () => {
  it('writes sizes in the unit that suits them, in each language', () => {
    expect(size(0, 'fr')).toBe('0 o');
    expect(size(900, 'en')).toBe('900 byte');
    expect(size(1536, 'fr')).toBe('1,5 ko');
    expect(size(1536, 'en')).toBe('1.5 kB');
    expect(size(25 * 1024 * 1024, 'fr')).toBe('25 Mo');
    expect(size(3.2 * 1024 ** 3, 'en')).toBe('3.2 GB');
  });

  it('says how far the expiry is, in days, then hours, then minutes', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    const at = (ms: number) => new Date(now + ms).toISOString();

    expect(relativeTime(at(3 * 86_400_000 + 5_000), 'fr', now)).toBe('dans 3 jours');
    expect(relativeTime(at(86_400_000), 'fr', now)).toBe('demain');
    expect(relativeTime(at(5 * 3_600_000), 'fr', now)).toBe('dans 5 heures');
    expect(relativeTime(at(20 * 60_000), 'en', now)).toBe('in 20 minutes');
    expect(relativeTime(at(10_000), 'en', now)).toBe('in 1 minute');
    expect(relativeTime(at(-2 * 86_400_000), 'fr', now)).toBe('avant-hier');
  });

  it('reads and writes the days of a date field in local time', () => {
    const day = parseDateInput('2026-03-09')!;

    expect(dateInputValue(day)).toBe('2026-03-09');
    expect(parseDateInput('09/03/2026')).toBeNull();
    expect(dateInputValue(addDays(day, 30))).toBe('2026-04-08');
    expect(daysBetween(day, addDays(day, 30))).toBe(30);
    expect(endOfDay(day).getHours()).toBe(23);
    expect(dateInputValue(endOfDay(day))).toBe('2026-03-09');
  });
});
