import { type ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { CommonErrorCode, HealthErrorCode } from '@guichet/contracts';
import { ApiExceptionFilter } from './api-exception.filter';
import { AppError } from './app-error';

describe(ApiExceptionFilter.name, () => {
  const answer = (exception: unknown) => {
    const response = {
      status: jest.fn().mockReturnThis(),
      json: jest.fn(),
      setHeader: jest.fn(),
    };
    const host = {
      switchToHttp: () => ({ getResponse: () => response }),
    } as unknown as ArgumentsHost;
    new ApiExceptionFilter().catch(exception, host);
    return {
      status: response.status.mock.calls[0][0],
      body: response.json.mock.calls[0][0],
      headers: Object.fromEntries(response.setHeader.mock.calls),
    };
  };

  it('answers an application error with the status of its code and its fields', () => {
    expect(
      answer(
        new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', { email: ['isEmail'] }),
      ),
    ).toEqual({
      status: 422,
      body: {
        code: CommonErrorCode.ValidationFailed,
        message: 'Invalid input',
        fields: { email: ['isEmail'] },
      },
      headers: {},
    });
    expect(answer(new AppError(HealthErrorCode.NotReady, 'down')).status).toBe(503);
  });

  it('gives codes to the errors Nest raises itself', () => {
    expect(answer(new NotFoundException('Cannot GET /api/x')).body.code).toBe(
      CommonErrorCode.NotFound,
    );
    expect(answer(new BadRequestException('Unexpected token')).body.code).toBe(
      CommonErrorCode.BadRequest,
    );
  });

  it('hides the details of an unexpected error', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { status, body } = answer(new Error('password=hunter2 in a stack'));
    expect(status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });

  it('answers a database that is down or restarting 503 with a code and a Retry-After', () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shutdown = Object.assign(new Error('query failed'), {
      driverError: Object.assign(new Error('terminating connection'), { code: '57P01' }),
    });
    const released = new Error('Query runner already released. Cannot run queries anymore.');
    // TypeORM's QueryRunnerAlreadyReleasedError, from a query method of a broken runner.
    const releasedWhileQuerying = new Error(
      'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.',
    );
    const dropped = new Error('Connection terminated unexpectedly');
    for (const exception of [refused, shutdown, released, releasedWhileQuerying, dropped]) {
      expect(answer(exception)).toEqual({
        status: 503,
        body: { code: CommonErrorCode.ServiceUnavailable, message: 'Database unavailable' },
        headers: { 'Retry-After': '5' },
      });
    }
    expect(warned).toHaveBeenCalled();
    expect(answer(Object.assign(new Error('duplicate key'), { code: '23505' })).status).toBe(500);
  });
});
