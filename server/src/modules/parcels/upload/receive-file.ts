import { ParcelErrorCode } from '@guichet/contracts';
import type { Request } from 'express';
import { AppError } from '../../../core/http/app-error';
import {
  type IncomingFile,
  NoFileError,
  readMultipartFile,
} from '../../../core/http/multipart-file';

/** The file of an upload request (field `file`); 400 `PARCEL_NO_FILE` when there is none. */
export async function receiveFile(request: Request): Promise<IncomingFile> {
  try {
    return await readMultipartFile(request, 'file');
  } catch (error) {
    if (error instanceof NoFileError) {
      throw new AppError(ParcelErrorCode.NoFile, 'Send one file in the field "file"');
    }
    throw error;
  }
}
