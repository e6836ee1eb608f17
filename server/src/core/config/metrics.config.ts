import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/**
 * Prometheus `/metrics` (OPS-3). With `METRICS_TOKEN` set, a scraper sends it as a bearer token;
 * without it, `/metrics` is open in development and test and not served at all in production.
 */
export const metricsConfig = registerAs('metrics', () => {
  const env = new EnvironmentReader();
  const token = env.optional('METRICS_TOKEN');
  if (token !== undefined && token.length < 16) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters (openssl rand -hex 24)');
  }
  return {
    token,
    served: token !== undefined || env.optional('NODE_ENV') !== 'production',
  };
});

export type MetricsConfig = ReturnType<typeof metricsConfig>;
