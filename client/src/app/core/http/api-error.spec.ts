import { HttpErrorResponse } from '@angular/common/http';
import { CommonErrorCode, OutboxErrorCode } from '@guichet/contracts';
import { errorBodyOf, errorMessageKey, fieldErrorKey } from './api-error';

describe('API error wording', () => {
  const answered = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

  it('reads the code of an error body', () => {
    const body = { code: OutboxErrorCode.NotRetryable, message: 'Not retryable' };

    expect(errorBodyOf(answered(409, body))).toEqual(body);
    expect(errorBodyOf(answered(502, '<html>Bad gateway</html>'))).toBeUndefined();
    expect(errorBodyOf(new Error('not HTTP'))).toBeUndefined();
  });

  it('has a message for each code it knows', () => {
    expect(errorMessageKey(answered(409, { code: OutboxErrorCode.NotRetryable }))).toBe(
      'errors.OUTBOX_NOT_RETRYABLE',
    );
    expect(errorMessageKey(answered(401, { code: CommonErrorCode.Unauthenticated }))).toBe(
      'errors.COMMON_UNAUTHENTICATED',
    );
  });

  it('falls back on a generic message for a code it does not know, or no body at all', () => {
    expect(errorMessageKey(answered(400, { code: 'SOMETHING_NEW' }))).toBe('errors.unknown');
    expect(errorMessageKey(answered(502, '<html>Bad gateway</html>'))).toBe('errors.unknown');
  });

  it('says the server is out of reach when nothing answered', () => {
    expect(errorMessageKey(answered(0, new ProgressEvent('error')))).toBe('errors.network');
  });

  it('words each failed validation constraint, with a generic fallback', () => {
    expect(fieldErrorKey('isEmail')).toBe('errors.COMMON_VALIDATION_FAILED.isEmail');
    expect(fieldErrorKey('isIn')).toBe('errors.COMMON_VALIDATION_FAILED.isIn');
    expect(fieldErrorKey('isSomethingNew')).toBe('errors.COMMON_VALIDATION_FAILED.invalid');
    expect(fieldErrorKey('constructor')).toBe('errors.COMMON_VALIDATION_FAILED.invalid');
  });
});
