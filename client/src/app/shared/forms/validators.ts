import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** Six digits, spaces allowed ("123 456" as some messages show it). */
export function sixDigits(control: AbstractControl<string>): ValidationErrors | null {
  return /^\d{6}$/.test(control.value.replace(/\s+/g, '')) ? null : { sixDigits: true };
}

/**
 * A plausible mobile number as people type them: `06 12 34 56 78`, `06.12.34.56.78`,
 * `+33 6 12 34 56 78`, `0044 7700 900123`. The server decides for real (libphonenumber, OTP-2);
 * this only catches typing slips before a round trip. Empty is left to `required`.
 */
export function mobileNumber(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  if (value === '') return null;
  if (!/^\+?[\d\s.\-()]+$/.test(value)) return { mobile: true };
  const digits = value.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 15 ? null : { mobile: true };
}
