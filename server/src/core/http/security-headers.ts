import type { NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX } from '@guichet/contracts';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Strict headers on every answer, portal and API alike (OPS-1). Scripts come only from the app's
 * own origin (the Angular build inlines none: `inlineCritical` is off); styles allow
 * `'unsafe-inline'` because Angular injects component styles as `<style>` elements at run time.
 * The CAPTCHA widget solves in Web Workers it creates from `blob:` or `data:` URLs. No page may be framed,
 * and no address (which may carry a token, e.g. `/set-password`, `/m/…`) leaves as a Referer.
 * HSTS only when the public address is https, so that a development http server stays usable.
 * API answers carry personal data: no browser or proxy may store them (`no-store`; a route may
 * say more, e.g. `private, no-store`). What is never stored is never revalidated, so Express's
 * ETag, a hash of each answer's body, is off (the client's page revalidates by Last-Modified).
 */
export function applySecurityHeaders(app: NestExpressApplication, publicUrl: string): void {
  const https = publicUrl.startsWith('https:');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:', 'data:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.set('etag', false);
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
}
