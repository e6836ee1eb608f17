import { GdprErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';

/** Also for another workspace's records and for a kind the path does not know: nothing to see. */
export const subjectNotFound = () =>
  new AppError(GdprErrorCode.SubjectNotFound, 'No such person or company in this workspace');
