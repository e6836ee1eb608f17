import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** Six digits, spaces allowed ("123 456" as some apps show it). */
export function sixDigits(control: AbstractControl<string>): ValidationErrors | null {
  return /^\d{6}$/.test(control.value.replace(/\s+/g, '')) ? null : { sixDigits: true };
}

/** The code as the API wants it: the six digits alone. */
export function codeDigits(value: string): string {
  return value.replace(/\s+/g, '');
}
