import { ConsoleLogger, type LoggerService, type LogLevel } from '@nestjs/common';
import type { RequestHandler } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LoggingConfig } from '../config/logging.config';
import { REDACTED, REDACTED_PATHS, scrubText } from './redaction';

/** The logger Nest writes through, and the per-request logger of the HTTP layer (JSON only). */
export interface Logging {
  nest: LoggerService;
  requests?: RequestHandler;
}

const NEST_LEVELS: Record<LoggingConfig['level'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/**
 * JSON lines through pino (production), or Nest's readable lines (development), both redacted:
 * logged objects by {@link REDACTED_PATHS}, free text by {@link scrubText}. Request lines are
 * built of fields that hold no secret, their path scrubbed (see {@link requestLogger}).
 */
export function createLogging(config: LoggingConfig, destination?: DestinationStream): Logging {
  if (config.format === 'text') {
    return { nest: new ScrubbingConsoleLogger({ logLevels: NEST_LEVELS[config.level] }) };
  }
  // Synchronous, so that the last lines before an exit are not lost.
  const stream = destination ?? pino.destination({ sync: true });
  return {
    nest: new PinoNestLogger(createPino(config, stream)),
    requests: requestLogger(pino(lineFormat(config), stream)),
  };
}

/** The logger for anything: its objects redacted, its text scrubbed. */
function createPino(config: LoggingConfig, destination: DestinationStream): Logger {
  return pino(
    {
      ...lineFormat(config),
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      serializers: { err: scrubbedError },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg: unknown) =>
            typeof arg === 'string' ? scrubText(arg) : arg,
          ) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
    },
    destination,
  );
}

/** What every JSON line carries, whichever logger writes it. */
function lineFormat(config: LoggingConfig): pino.LoggerOptions {
  return {
    level: config.level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
}

function scrubbedError(error: Error) {
  const serialized = pino.stdSerializers.err(error);
  return {
    ...serialized,
    message: scrubText(serialized.message),
    stack: serialized.stack && scrubText(serialized.stack),
  };
}

/**
 * One line per request once it is over (OPS-3): id, method, path without its query, status and
 * duration; `error` for a 5xx, `warn` when the client went away before the answer was sent.
 * `logger` does not redact: these lines hold only the fields below (an id of our format, the
 * scrubbed path, numbers), none of them secret, and pino's redaction of {@link REDACTED_PATHS}
 * costs about 50 µs a line, a third of a trivial request. Written here rather than through
 * pino-http: with its child logger per request, the line cost about 170 µs (decision 0006).
 */
function requestLogger(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    response.once('close', () => {
      const status = response.statusCode;
      const sent = response.writableFinished;
      const level = status >= 500 ? 'error' : sent ? 'info' : 'warn';
      logger[level](
        {
          req: {
            id: request.id,
            method: request.method,
            path: scrubText(request.originalUrl.split('?')[0] ?? ''),
          },
          res: { status },
          responseTime: Math.round(performance.now() - started),
        },
        sent ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}

/** Nest's LoggerService over pino: the last string argument is Nest's context. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]) {
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? rest.pop() : undefined;
    const stack = rest.find((item): item is string => typeof item === 'string');
    const fields: Record<string, unknown> = {
      context,
      ...(stack ? { stack: scrubText(stack) } : {}),
    };
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (message && typeof message === 'object') this.logger[level]({ ...fields, ...message });
    else this.logger[level](fields, String(message));
  }
}

/** Nest's readable console lines, with the same scrubbing of free text. */
class ScrubbingConsoleLogger extends ConsoleLogger {
  protected override formatMessage(
    ...args: Parameters<ConsoleLogger['formatMessage']>
  ): ReturnType<ConsoleLogger['formatMessage']> {
    return scrubText(super.formatMessage(...args));
  }
}
