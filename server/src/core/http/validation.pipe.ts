import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { CommonErrorCode } from '@guichet/contracts';
import { AppError } from './app-error';

/** Collects the failed constraint names of each field, nested fields as `address.city`. */
function fieldsOf(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.keys(error.constraints);
    Object.assign(fields, fieldsOf(error.children ?? [], path));
  }
  return fields;
}

/** Rejects unknown and malformed input with 422 keyed by field, before any service runs. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', fieldsOf(errors)),
  });
}
