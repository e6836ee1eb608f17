import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody } from '@guichet/contracts';
import { type TranslationKey, isTranslationKey } from '../i18n';

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ErrorBody).code === 'string';
}

/**
 * The `{ code, message, fields? }` body of a failed API call, or undefined when the answer has
 * none (server unreachable, a proxy's HTML page).
 */
export function errorBodyOf(error: unknown): ErrorBody | undefined {
  return error instanceof HttpErrorResponse && isErrorBody(error.error) ? error.error : undefined;
}

/**
 * The message to show for a failed API call: `errors.<CODE>` when the code is known,
 * `errors.network` when the server could not be reached, `errors.unknown` otherwise. The server's
 * `message` is English for developers and never shown.
 */
export function errorMessageKey(error: unknown): TranslationKey {
  const key = `errors.${errorBodyOf(error)?.code}`;
  if (isTranslationKey(key)) return key;
  return error instanceof HttpErrorResponse && error.status === 0
    ? 'errors.network'
    : 'errors.unknown';
}

/** The message for one failed validation constraint of a 422 (`isEmail`, `isIn`, ...). */
export function fieldErrorKey(constraint: string): TranslationKey {
  const key = `errors.COMMON_VALIDATION_FAILED.${constraint}`;
  return isTranslationKey(key) ? key : 'errors.COMMON_VALIDATION_FAILED.invalid';
}
