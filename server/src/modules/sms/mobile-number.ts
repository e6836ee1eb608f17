import { SmsErrorCode } from '@guichet/contracts';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { AppError } from '../../core/http/app-error';

/** Longer inputs are not phone numbers; the cap keeps parsing cheap on hostile input. */
const MAX_INPUT_LENGTH = 64;

/** Types that can receive an SMS; in some countries (US, CA) the two cannot be told apart. */
const SMS_CAPABLE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * Turns a mobile number as a user typed it ("06 06 10 10 10", "+33 6 06 10 10 10", "0033…")
 * into E.164 ("+33606101010"), numbers without a country prefix being read in `defaultCountry`.
 * Throws `AppError(SmsErrorCode.InvalidPhoneNumber)` for anything that cannot receive an SMS.
 */
export function toMobileE164(input: string, defaultCountry: CountryCode = 'FR'): string {
  const invalid = () => new AppError(SmsErrorCode.InvalidPhoneNumber, 'Not a valid mobile number');
  if (input.length > MAX_INPUT_LENGTH) throw invalid();
  // `extract: false` refuses text around the number ("tel: …", "06… or 07…") instead of guessing.
  const number = parsePhoneNumberFromString(input, { defaultCountry, extract: false });
  if (!number?.isValid() || number.ext) throw invalid();
  const type = number.getType();
  // The full metadata knows the type of nearly every valid number; when it does not, let it go.
  if (type !== undefined && !SMS_CAPABLE_TYPES.has(type)) throw invalid();
  return number.number;
}

/**
 * A number on file as it may be shown to its owner (IDV-3b) without giving it away: the country
 * code, the first digit of the national number and the last two digits, grouped as the country
 * writes it, e.g. "+33606101010" → "+33 6 •• •• •• 10". Unparsable input keeps only its last two
 * digits ("•••••10").
 */
export function maskPhone(e164: string): string {
  const number = parsePhoneNumberFromString(e164);
  if (!number) return maskDigits(e164.replace(/\D/g, ''), 0);
  const callingCode = `+${number.countryCallingCode}`;
  const national = number.formatInternational().slice(callingCode.length);
  return `${callingCode}${maskDigits(national, 1)}`;
}

/** Replaces every digit by a bullet except the first `keepFirst` and the last two. */
function maskDigits(text: string, keepFirst: number): string {
  const total = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepFirst || seen > total - 2 ? digit : '•';
  });
}

/**
 * {@link toMobileE164} for a form: the same refusal, keyed by the form's field
 * (`{ mobile: ['invalid'] }`) so that the page can point at it.
 */
export function toMobileField(input: string, field = 'mobile'): string {
  try {
    return toMobileE164(input.trim());
  } catch {
    throw new AppError(SmsErrorCode.InvalidPhoneNumber, 'Not a valid mobile number', {
      [field]: ['invalid'],
    });
  }
}
