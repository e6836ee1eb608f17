import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ErrorBody } from '@guichet/contracts';
import { type TranslationKey, isTranslationKey } from '../../core/i18n';

/** Validation error keys this app's validators set, and their wording. */
const CLIENT_ERRORS: readonly (readonly [string, TranslationKey])[] = [
  ['required', 'form.error.required'],
  ['email', 'form.error.email'],
  ['mobile', 'form.error.mobile'],
  ['sixDigits', 'form.error.sixDigits'],
  ['maxlength', 'errors.COMMON_VALIDATION_FAILED.maxLength'],
];

/**
 * The wording of one code the server gave for a field (`fields` of a 422 or 409): an error code
 * of its own (`errors.ADMIN_EMAIL_TAKEN`), else a failed constraint (`isEmail`), else generic.
 */
export function serverFieldErrorKey(code: string): TranslationKey {
  const own = `errors.${code}`;
  if (isTranslationKey(own)) return own;
  const constraint = `errors.COMMON_VALIDATION_FAILED.${code}`;
  return isTranslationKey(constraint) ? constraint : 'errors.COMMON_VALIDATION_FAILED.invalid';
}

/**
 * The message under a field: the server's verdict first, else the first failed validator, the
 * form's own errors (`[['future', 'crm.communication.future']]`) before this app's common ones.
 */
export function controlErrorKey(
  control: AbstractControl,
  own: readonly (readonly [string, TranslationKey])[] = [],
): TranslationKey {
  const server: unknown = control.getError('server');
  if (typeof server === 'string' && isTranslationKey(server)) return server;
  const known = [...own, ...CLIENT_ERRORS].find(([error]) => control.hasError(error));
  return known ? known[1] : 'errors.COMMON_VALIDATION_FAILED.invalid';
}

/**
 * Puts the server's per-field verdicts (`fields` of an error body) on the form's controls, shown
 * at once; answers whether any field of the form was named.
 */
export function applyServerFieldErrors(form: FormGroup, body: ErrorBody | undefined): boolean {
  let applied = false;
  for (const [field, codes] of Object.entries(body?.fields ?? {})) {
    const control = form.get(field);
    if (!control) continue;
    control.setErrors({ server: serverFieldErrorKey(codes[0] ?? 'invalid') });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}
