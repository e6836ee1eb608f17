import type { Language } from '@guichet/contracts';
import { SmsTemplate, type SmsVariables } from './sms-template';

/** The body of each template, without the firm name. */
export type SmsBodies = { [T in SmsTemplate]: (variables: SmsVariables[T]) => string };

/** What one language says. Every text must stay within the GSM-7 alphabet (see gsm7-alphabet). */
export interface SmsWording {
  /** Puts the firm name first so the user knows who writes before reading the code. */
  signed(firm: string, body: string): string;
  bodies: SmsBodies;
}

const minutes = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/**
 * SMS texts, French first. The code comes early so that it shows in the notification preview;
 * "à" is in GSM-7 but "ç", "ê", "ô" are not, hence "confirmation" rather than "reçu".
 */
export const SMS_WORDING: Record<Language, SmsWording> = {
  fr: {
    signed: (firm, body) => `${firm} : ${body}`,
    bodies: {
      [SmsTemplate.OneTimeCode]: ({ code, validMinutes }) =>
        `votre code de confirmation est ${code}. Valable ${minutes(validMinutes, 'minute')}. ` +
        'Ne le communiquez à personne.',
    },
  },
  en: {
    signed: (firm, body) => `${firm}: ${body}`,
    bodies: {
      [SmsTemplate.OneTimeCode]: ({ code, validMinutes }) =>
        `your confirmation code is ${code}. Valid for ${minutes(validMinutes, 'minute')}. ` +
        'Do not share it with anyone.',
    },
  },
};
