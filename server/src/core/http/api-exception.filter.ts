import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { CommonErrorCode, type ErrorBody } from '@guichet/contracts';
import type { Response } from 'express';
import { AppError } from './app-error';
import { statusOf } from './error-status';
import { bodyRefusal } from './request-body';

/** Codes for the errors that Nest itself raises (unknown route, malformed JSON, ...). */
const CODE_OF_HTTP_STATUS: Partial<Record<number, CommonErrorCode>> = {
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NotFound,
  [HttpStatus.UNAUTHORIZED]: CommonErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: CommonErrorCode.Forbidden,
  [HttpStatus.TOO_MANY_REQUESTS]: CommonErrorCode.TooManyRequests,
  [HttpStatus.UNPROCESSABLE_ENTITY]: CommonErrorCode.ValidationFailed,
};

/** Answers every error as `{ code, message, fields? }`; unexpected ones are logged, never leaked. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toAnswer(exception);
    if (exception instanceof AppError && exception.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(Math.ceil(exception.retryAfterSeconds)));
    }
    response.status(status).json(body);
  }

  private toAnswer(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppError) {
      const body: ErrorBody = { code: exception.code, message: exception.message };
      if (exception.fields) body.fields = exception.fields;
      return [statusOf(exception.code), body];
    }
    const refusedBody = bodyRefusal(exception);
    if (refusedBody) {
      return [statusOf(refusedBody), { code: refusedBody, message: 'The request body is refused' }];
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code = CODE_OF_HTTP_STATUS[status] ?? CommonErrorCode.BadRequest;
      return [status, { code, message: exception.message }];
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return [
      HttpStatus.INTERNAL_SERVER_ERROR,
      { code: CommonErrorCode.Internal, message: 'Internal error' },
    ];
  }
}
