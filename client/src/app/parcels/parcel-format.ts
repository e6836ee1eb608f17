import type { Language } from '@guichet/contracts';
import { LANGUAGE_OPTIONS } from '../core/i18n';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in a megabyte, as the interface counts them (and the admin settings ask for them). */
export const BYTES_PER_MB = 1024 * 1024;

/**
 * "1,5 Mo" / "1.5 MB": a size in the unit that keeps it between 1 and 1024, with one decimal
 * under 10 and none above (binary multiples, as file managers show them).
 */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(LANGUAGE_OPTIONS[language].localeId, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  }).format(value);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * "dans 3 jours", "demain", "dans 5 heures" / "in 3 days": how far `iso` is from `now`, in days
 * from one day on, in hours or minutes below; "il y a 2 jours" once past.
 */
export function relativeTime(iso: string, language: Language, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const format = new Intl.RelativeTimeFormat(LANGUAGE_OPTIONS[language].localeId, {
    numeric: 'auto',
  });
  const distance = Math.abs(ms);
  if (distance >= DAY_MS) return format.format(Math.trunc(ms / DAY_MS), 'day');
  if (distance >= HOUR_MS) return format.format(Math.trunc(ms / HOUR_MS), 'hour');
  return format.format(Math.trunc(ms / MINUTE_MS) || (ms < 0 ? -1 : 1), 'minute');
}

/** `YYYY-MM-DD` of a date in this browser's time zone, as `<input type="date">` reads it. */
export function dateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local midnight that starts the day of a `YYYY-MM-DD` value; null when it is not one. */
export function parseDateInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The same local time of day, `days` calendar days later. */
export function addDays(date: Date, days: number): Date {
  const later = new Date(date);
  later.setDate(later.getDate() + days);
  return later;
}

/** The last millisecond of the local day of `date`. */
export function endOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999);
}

/** Whole calendar days from the day of `from` to the day of `to` (local time). */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const end = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end - start) / DAY_MS);
}
