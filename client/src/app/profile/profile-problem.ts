import type { AbstractControl } from '@angular/forms';
import { SmsErrorCode } from '@guichet/contracts';
import { errorBodyOf, errorMessageKey, fieldErrorKey } from '../core/http/api-error';
import type { TranslationKey } from '../core/i18n';

/** Words of the field errors the profile's forms meet, by field and constraint. */
const FIELD_KEYS: Readonly<Record<string, TranslationKey>> = {
  'password.invalid': 'form.error.password',
  'code.invalid': 'profile.code.invalid',
};

/**
 * Puts a failed call where the user will look: a wrong password, a wrong code or a number that
 * is not a mobile on its field (`server` error, touched so that it shows); anything else becomes
 * the message returned, for the form's alert. Returns null when a field took it.
 */
export function placeProblem(
  error: unknown,
  controls: Readonly<Partial<Record<string, AbstractControl>>>,
): TranslationKey | null {
  const body = errorBodyOf(error);
  const placed: AbstractControl[] = [];
  if (body?.code === SmsErrorCode.InvalidPhoneNumber && controls['mobile']) {
    controls['mobile'].setErrors({ server: 'errors.SMS_INVALID_PHONE_NUMBER' });
    placed.push(controls['mobile']);
  }
  for (const [field, constraints] of Object.entries(body?.fields ?? {})) {
    const control = controls[field];
    const constraint = constraints[0] ?? 'invalid';
    if (!control) continue;
    control.setErrors({
      server: FIELD_KEYS[`${field}.${constraint}`] ?? fieldErrorKey(constraint),
    });
    placed.push(control);
  }
  for (const control of placed) control.markAsTouched();
  return placed.length > 0 ? null : errorMessageKey(error);
}

/** The message of a control's first error, for its `<mat-error>`. */
export function controlErrorKey(control: AbstractControl, pattern: TranslationKey): TranslationKey {
  if (control.hasError('required')) return 'form.error.required';
  const server: unknown = control.getError('server');
  if (typeof server === 'string') return server as TranslationKey;
  return pattern;
}
