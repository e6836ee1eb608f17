import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX, ApiRoutes } from '@guichet/contracts';
import type { AppConfig } from '../config/app.config';
import type { MetricsConfig } from '../config/metrics.config';
import type { Logging } from '../logging/logging';
import { mountMetrics } from '../metrics/metrics-http';
import { requestIds } from '../logging/request-id';
import { ApiExceptionFilter } from './api-exception.filter';
import { serveClient } from './client-hosting';
import { applySecurityHeaders } from './security-headers';
import { readRequestBodies } from './request-body';
import { createValidationPipe } from './validation.pipe';

/** The part of the app settings the HTTP layer needs. */
export type HttpSettings = Pick<AppConfig, 'clientDir' | 'publicUrl' | 'trustProxy'> & {
  metrics: MetricsConfig;
};

/** Everything about the HTTP app that is not a module: shared by main.ts and the HTTP tests. */
export function configureApp(
  app: NestExpressApplication,
  settings: HttpSettings,
  logging?: Logging,
): void {
  app.disable('x-powered-by');
  app.use(requestIds());
  if (logging?.requests) app.use(logging.requests);
  mountMetrics(app, settings.metrics);
  app.set('trust proxy', settings.trustProxy);
  applySecurityHeaders(app, settings.publicUrl);
  readRequestBodies(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Guichet API')
      .setDescription(
        'Secure client extranet: HTTP API of the portal, the admin module and integrations',
      )
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/${ApiRoutes.docs}`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/${ApiRoutes.docs}-json`,
  });
  serveClient(app, settings.clientDir);
}
