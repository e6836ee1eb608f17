import { CommonErrorCode, ParcelErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';

/** One answer for "not yours", "another firm's", "expired", "withdrawn" and "never existed". */
export const parcelNotFound = () =>
  new AppError(ParcelErrorCode.NotFound, 'No such parcel or document');

export const wrongState = (message: string) => new AppError(ParcelErrorCode.WrongState, message);

export const invalidField = (field: string, reason: string) =>
  new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', { [field]: [reason] });
