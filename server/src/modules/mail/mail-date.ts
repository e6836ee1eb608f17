import type { Language } from '@guichet/contracts';

/** The firm and its clients live on Paris time, whatever the server's clock says. */
const TIME_ZONE = 'Europe/Paris';

const FORMATS: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }),
};

/**
 * "23 novembre 2026 à 14:05" / "23 November 2026 at 14:05". Accepts an ISO string too, because
 * variables that went through the outbox's JSON come back as strings.
 */
export function formatMailDate(value: Date | string, language: Language): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new TypeError('A mail date variable is not a valid date');
  }
  return FORMATS[language].format(date);
}

/** "10 minutes" / "1 minute", in the mail's language. */
export function formatMailMinutes(minutes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}
