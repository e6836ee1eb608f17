import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ParcelOptions } from '@guichet/contracts';
import type { TranslationKey } from '../core/i18n';
import { addDays, dateInputValue, daysBetween, parseDateInput } from './parcel-format';

/** The expiry field's bounds, as `YYYY-MM-DD`: from tomorrow to the firm's maximum. */
export interface ExpiryBounds {
  readonly min: string;
  readonly max: string;
  readonly default: string;
}

type ExpiryLimits = Pick<ParcelOptions, 'defaultExpiryDays' | 'maxExpiryDays'>;

export function expiryBounds(options: ExpiryLimits, today = new Date()): ExpiryBounds {
  return {
    min: dateInputValue(addDays(today, 1)),
    max: dateInputValue(addDays(today, options.maxExpiryDays)),
    default: dateInputValue(addDays(today, options.defaultExpiryDays)),
  };
}

/** A date field's value between `min` and `max` (ISO dates compare as strings). */
export function expiryWithin(bounds: () => ExpiryBounds | null): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const limits = bounds();
    if (!limits || !control.value) return null;
    if (!parseDateInput(control.value)) return { expiryInvalid: true };
    if (control.value < limits.min) return { expiryTooSoon: true };
    if (control.value > limits.max) return { expiryTooLate: true };
    return null;
  };
}

/** The wording of what `expiryWithin` found wrong, or null when it found nothing. */
export function expiryErrorKey(control: AbstractControl): TranslationKey | null {
  if (control.hasError('expiryTooSoon')) return 'parcels.send.expiry.tooSoon';
  if (control.hasError('expiryTooLate')) return 'parcels.send.expiry.tooLate';
  if (control.hasError('expiryInvalid')) return 'parcels.send.expiry.invalid';
  return null;
}

/**
 * The `expiresAt` to send for the day chosen, or undefined for the firm's default, which is the
 * server's to apply; another day keeps the time of now.
 */
export function chosenExpiry(
  expiresOn: string,
  options: ExpiryLimits,
  now = new Date(),
): string | undefined {
  const chosen = parseDateInput(expiresOn);
  const days = chosen ? daysBetween(now, chosen) : options.defaultExpiryDays;
  return days === options.defaultExpiryDays ? undefined : addDays(now, days).toISOString();
}

/** The server names the field `expiresAt`; the forms, `expiresOn`. */
export function renameExpiry(fields: Record<string, string[]>): Record<string, string[]> {
  const { expiresAt, ...rest } = fields;
  return expiresAt ? { ...rest, expiresOn: expiresAt } : rest;
}
