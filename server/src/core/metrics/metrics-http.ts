import { timingSafeEqual } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { MetricsConfig } from '../config/metrics.config';
import { MetricsService } from './metrics.service';

export const METRICS_PATH = '/metrics';

/**
 * Times every answer by route template (`/api/parcels/:id`, never the id itself; `unmatched`
 * for what no route handled, such as the client's files) and serves `/metrics`, behind the
 * bearer `METRICS_TOKEN` when set (a 404 in production without it).
 */
export function mountMetrics(app: NestExpressApplication, config: MetricsConfig): void {
  let metrics: MetricsService;
  try {
    metrics = app.get(MetricsService, { strict: false });
  } catch {
    return; // A test module without metrics.
  }
  app.use((request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      const template = route ? `${request.baseUrl}${route}` : 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observeHttp(request.method, template, response.statusCode, seconds);
    });
    next();
  });
  if (!config.served) return;
  const expected = config.token ? Buffer.from(`Bearer ${config.token}`) : undefined;
  app.use(METRICS_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path !== '/') return next();
    if (expected) {
      const given = Buffer.from(request.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        response.status(401).setHeader('WWW-Authenticate', 'Bearer').end();
        return;
      }
    }
    response.setHeader('Cache-Control', 'no-store');
    metrics.registry.metrics().then(
      (text) => response.type(metrics.registry.contentType).send(text),
      (error: unknown) => next(error),
    );
  });
}
