import { SecureMessageErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';

export const messageNotFound = () =>
  new AppError(SecureMessageErrorCode.NotFound, 'No such message or link');

export const messageGone = () =>
  new AppError(SecureMessageErrorCode.Gone, 'The message expired or was withdrawn');

export const codeRequired = () =>
  new AppError(SecureMessageErrorCode.CodeRequired, 'No recipient session for this address');

export const otherAddress = () =>
  new AppError(SecureMessageErrorCode.OtherAddress, 'The session is for another address');

export const wrongCode = () =>
  new AppError(SecureMessageErrorCode.WrongCode, 'Wrong, used or expired code');

export const messageWrongState = (message: string) =>
  new AppError(SecureMessageErrorCode.WrongState, message);
