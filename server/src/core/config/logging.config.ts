import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

export const LOG_FORMATS = ['json', 'text'] as const;
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/** Logs (OPS-3): one JSON object a line in production, Nest's readable lines elsewhere. */
export const loggingConfig = registerAs('logging', () => {
  const env = new EnvironmentReader();
  const production = env.optional('NODE_ENV') === 'production';
  return {
    format: env.oneOf('LOG_FORMAT', LOG_FORMATS, production ? 'json' : 'text'),
    level: env.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
  };
});

export type LoggingConfig = ReturnType<typeof loggingConfig>;
