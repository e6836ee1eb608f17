import { expect, test } from '@playwright/test';
import { CommonErrorCode } from '@guichet/contracts';
import { BrowserSession, DEMO_CLIENT } from '../process/browser-session';
import { FaultApp } from './fault-app';
import { OwnPostgres } from './own-postgres';
import { parcelInconsistencies } from './parcel-consistency';
import { ParcelTraffic } from './parcel-traffic';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const phase = (what: string) => console.log(`${new Date().toISOString()} ${what}`);

/**
 * OPS-3: the database restarts while clients send parcels. The app is not restarted: readiness
 * goes down then up, requests meanwhile fail at once with 503 and a code, and every parcel is
 * either complete or not sent.
 */
test.describe('PostgreSQL restarted under load', () => {
  test('answers 503 with a code while it is away, recovers by itself, half-applies nothing', async () => {
    test.setTimeout(300_000);
    const postgres = await OwnPostgres.start();
    let app: FaultApp | undefined;
    try {
      app = await FaultApp.start({ DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: '4' });
      const sessions = [new BrowserSession(), new BrowserSession(), new BrowserSession()];
      for (const session of sessions) {
        expect((await session.signIn(app.base, DEMO_CLIENT)).status).toBe(200);
      }
      const traffic = new ParcelTraffic(app.base, sessions);
      traffic.start();
      phase('traffic started');
      await pause(3_000);
      expect(traffic.successes('send')).toBeGreaterThan(0);

      const stoppingAt = Date.now();
      phase('stopping PostgreSQL');
      await postgres.stop();
      phase('PostgreSQL stopped');
      await app.waitForReadiness(503, 30_000);
      await pause(3_000);
      phase('restarting PostgreSQL');
      await postgres.restart();
      phase('PostgreSQL restarted');
      await app.waitForReadiness(200, 60_000);
      phase('ready again');
      const recoveredAt = Date.now();
      const sentBefore = traffic.successes('send');
      await pause(5_000);
      await traffic.stop();
      phase('traffic stopped');

      // While it was away: clean refusals, never a hang, a crash or a 500.
      const failures = traffic.failures();
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) {
        expect({ status: failure.status, code: failure.code }).toEqual({
          status: 503,
          code: CommonErrorCode.ServiceUnavailable,
        });
        // Only while it was away: answered after the stop began, asked before it was back.
        expect(failure.startedAt + failure.ms).toBeGreaterThanOrEqual(stoppingAt);
        expect(failure.startedAt).toBeLessThan(recoveredAt);
      }
      // Back without a restart of the app: the same sessions send parcels again.
      expect(traffic.successes('send')).toBeGreaterThan(sentBefore);
      expect(app.server.log).not.toMatch(/ERROR.*ApiExceptionFilter|unhandled/i);

      // Every parcel the clients were told is sent is complete, and nothing is half there.
      const sent = await postgres.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM parcel WHERE state = 'sent'`,
      );
      expect(sent[0]!.count).toBeGreaterThanOrEqual(traffic.successes('send'));
      expect(
        await parcelInconsistencies((text, params) => postgres.sql(text, params), app.blobDir),
      ).toEqual([]);
    } finally {
      phase('stopping the app');
      if (app) expect(await app.stop()).toBe(0);
      phase('removing PostgreSQL');
      await postgres.remove();
      phase('done');
    }
  });
});
