import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX } from '@guichet/contracts';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built Angular client at `/`. A path without a file extension outside `/api` is a
 * deep link into the client and gets `index.html`; a missing asset or API route falls through
 * to the JSON 404.
 */
export function serveClient(app: NestExpressApplication, clientDir: string): void {
  const indexFile = join(clientDir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('ClientHosting').warn(
      `The web client is not built (${indexFile} is missing): run "npm run build"`,
    );
    return;
  }
  // Build output names carry a content hash, so they may be cached; index.html may not.
  app.useStaticAssets(clientDir, { index: false, maxAge: '1y', immutable: true });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isDeepLink =
      (request.method === 'GET' || request.method === 'HEAD') &&
      request.path !== `/${API_PREFIX}` &&
      !request.path.startsWith(`/${API_PREFIX}/`) &&
      extname(request.path) === '';
    if (!isDeepLink) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
