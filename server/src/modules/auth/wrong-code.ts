import { CommonErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';

/** A wrong, used or expired one-time code in a profile change: 422 keyed `code`. */
export function wrongCode(): AppError {
  return new AppError(CommonErrorCode.ValidationFailed, 'Wrong or expired code', {
    code: ['invalid'],
  });
}
