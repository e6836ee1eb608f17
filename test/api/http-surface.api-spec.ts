import { CommonErrorCode } from '@guichet/contracts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('HTTP surface', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('describes the API in OpenAPI JSON and serves the Swagger UI', async () => {
    const json = await testApp.http.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/health/live', '/api/health/ready']),
    );
    const ui = await testApp.http.get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('serves the client at / and falls back to index.html for deep links', async () => {
    const root = await testApp.http.get('/').expect(200);
    expect(root.text).toContain('<app-root>');
    expect(root.headers['cache-control']).toBe('no-cache');
    const deep = await testApp.http.get('/w/demo/login?login=72018689').expect(200);
    expect(deep.text).toContain('<app-root>');
  });

  it('serves built assets and answers 404 for a missing one instead of the page', async () => {
    const asset = await testApp.http.get('/main-TEST.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    await testApp.http.get('/main-MISSING.js').expect(404);
  });

  it('answers an unknown API route with a JSON 404, never the client page', async () => {
    const response = await testApp.http.get('/api/no-such-route').expect(404);
    expect(response.body).toEqual(expect.objectContaining({ code: CommonErrorCode.NotFound }));
  });

  it('keeps API answers out of every cache, and the client page revalidated', async () => {
    const answer = await testApp.http.get('/api/health/live').expect(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers.etag).toBeUndefined();
    const missing = await testApp.http.get('/api/no-such-route').expect(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    const page = await testApp.http.get('/').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['last-modified']).toBeDefined();
  });

  it('does not reveal the framework', async () => {
    const response = await testApp.http.get('/api/health/live');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
