import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX, ApiRoutes } from '@guichet/contracts';
import { ApiExceptionFilter } from './api-exception.filter';
import { serveClient } from './client-hosting';
import { createValidationPipe } from './validation.pipe';

/** Everything about the HTTP app that is not a module: shared by main.ts and the HTTP tests. */
export function configureApp(app: NestExpressApplication, clientDir: string): void {
  app.disable('x-powered-by');
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
  serveClient(app, clientDir);
}
