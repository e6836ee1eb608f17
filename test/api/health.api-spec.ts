import { HealthErrorCode } from '@guichet/contracts';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

describe('health endpoints', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('answers liveness without touching anything else', async () => {
    const response = await testApp.http.get('/api/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok', checks: {} });
  });

  it('is ready when the database answers', async () => {
    const response = await testApp.http.get('/api/health/ready').expect(200);
    expect(response.body).toEqual({ status: 'ok', checks: { database: 'up' } });
  });

  it('stops being ready when the database refuses connections, and recovers', async () => {
    const name = new URL(testApp.database.url).pathname.slice(1);
    const admin = process.env.TEST_DATABASE_ADMIN_URL!;
    await queryDatabase(admin, `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await queryDatabase(
      admin,
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
      [name],
    );

    const down = await testApp.http.get('/api/health/ready').expect(503);
    expect(down.body.code).toBe(HealthErrorCode.NotReady);

    await queryDatabase(admin, `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
    await testApp.http.get('/api/health/ready').expect(200);
  });
});
