import { Controller, Get, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../../server/src/core/http/public.decorator';
import { clientIp } from '../../server/src/modules/auth/auth.service';
import { startTestApp, type TestApp } from '../support/test-app';

/** Echoes the address that throttling and the audit trail would record. */
@Controller('test-client-ip')
class ClientIpController {
  @Public()
  @Get()
  ip(@Req() request: Request) {
    return { ip: clientIp(request) };
  }
}

const expectStrictHeaders = (headers: Record<string, string>) => {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain(
    'unsafe-inline',
  );
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-powered-by']).toBeUndefined();
};

describe('security headers (OPS-1)', () => {
  describe('behind https', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({
        env: { PUBLIC_URL: 'https://guichet.example.com/', TRUST_PROXY: 'loopback' },
        controllers: [ClientIpController],
      });
    });
    afterAll(() => testApp.close());

    it('sends a strict policy, HSTS and no referrer on the portal, token pages and the API', async () => {
      for (const path of ['/', '/set-password?token=abc', '/m/abc', '/api/health/live']) {
        const response = await testApp.http.get(path).expect(200);
        expectStrictHeaders(response.headers as Record<string, string>);
        expect(response.headers['strict-transport-security']).toBe(
          'max-age=31536000; includeSubDomains',
        );
      }
    });

    it('takes the client address from X-Forwarded-For set by a trusted proxy', async () => {
      const response = await testApp.http
        .get('/api/test-client-ip')
        .set('X-Forwarded-For', '203.0.113.7')
        .expect(200);
      expect(response.body.ip).toBe('203.0.113.7');
    });
  });

  describe('in development over http', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ controllers: [ClientIpController] });
    });
    afterAll(() => testApp.close());

    it('keeps the policy but sends no HSTS', async () => {
      const response = await testApp.http.get('/').expect(200);
      expectStrictHeaders(response.headers as Record<string, string>);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('ignores X-Forwarded-For when no proxy is trusted', async () => {
      const response = await testApp.http
        .get('/api/test-client-ip')
        .set('X-Forwarded-For', '203.0.113.7')
        .expect(200);
      expect(response.body.ip).not.toBe('203.0.113.7');
    });
  });
});
