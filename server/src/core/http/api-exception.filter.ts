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
import { isDatabaseUnavailable } from '../database/database-unavailable';
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

/** Seconds a client is asked to wait when the database is away (a restart takes a few). */
const DATABASE_RETRY_AFTER_S = 5;

/**
 * Answers every error as `{ code, message, fields? }`; unexpected ones are logged, never leaked.
 * A database that is down or restarting is not a bug: 503 COMMON_SERVICE_UNAVAILABLE, Retry-After.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toAnswer(exception);
    if (exception instanceof AppError && exception.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(Math.ceil(exception.retryAfterSeconds)));
    }
    if (status === 503 && body.code === CommonErrorCode.ServiceUnavailable) {
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
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
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn('Database unavailable: request answered 503');
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        { code: CommonErrorCode.ServiceUnavailable, message: 'Database unavailable' },
      ];
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return [
      HttpStatus.INTERNAL_SERVER_ERROR,
      { code: CommonErrorCode.Internal, message: 'Internal error' },
    ];
  }
}
