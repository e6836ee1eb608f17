import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { FakeSmsProvider } from '../../server/src/modules/sms/testing/fake-sms-provider';
import { BrowserSession } from '../process/browser-session';
import { createProcessDatabase } from '../process/process-database';
import { stablePort } from '../process/stable-port';
import { SmtpSink } from '../support/smtp-sink';
import { FaultApp } from './fault-app';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(200);
  }
}

/**
 * OPS-3 / MAIL: the outbox keeps what the app promised to send while the SMTP server is down and
 * the SMS provider answers 500s, then times out; when they come back, each message arrives once.
 * Messages are queued by the development samples route (one mail of every template, one SMS).
 */
test.describe('mail and SMS providers down, then back', () => {
  test('retries until delivered: nothing lost, nothing doubled', async () => {
    test.setTimeout(240_000);
    const database = await createProcessDatabase();
    const smtp = await SmtpSink.start(await stablePort());
    const sms = await FakeSmsProvider.start();
    let app: FaultApp | undefined;
    const sql = async (text: string) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text)).rows as Record<string, unknown>[];
      } finally {
        await client.end();
      }
    };
    try {
      app = await FaultApp.start({
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        SMTP_TIMEOUT_MS: '2000',
        SMS_PROVIDER: 'http',
        SMS_HTTP_URL: sms.url,
        SMS_TIMEOUT_MS: '1000',
        OUTBOX_WORKER: 'true',
        OUTBOX_POLL_MS: '200',
        OUTBOX_BACKOFF_BASE_MS: '200',
        OUTBOX_BACKOFF_MAX_MS: '1000',
        OUTBOX_MAX_ATTEMPTS: '100',
      });
      await smtp.stop();
      sms.answerWith(500, { error: 'internal' });

      // Three batches of messages while both are down.
      const developer = new BrowserSession();
      await developer.call(app.base, '/api/health/live');
      let mails = 0;
      for (let batch = 0; batch < 3; batch++) {
        const queued = await developer.call(app.base, '/api/dev/inbox/samples', {
          email: `destinataire${batch}@example.com`,
          mobile: '06 12 34 56 78',
          language: 'fr',
        });
        expect(queued.status).toBe(201);
        mails += ((await queued.json()) as { queued: number }).queued - 1;
      }
      const texts = 3;

      // Both keep failing; the outbox keeps trying and gives nothing up.
      await until('SMS retries', () => sms.received.length >= texts * 2);
      sms.neverAnswer();
      const beforeTimeouts = sms.received.length;
      await until('SMS timeouts', () => sms.received.length >= beforeTimeouts + texts);
      const retried = await sql(
        `SELECT count(*)::int AS count FROM outbox_message WHERE status <> 'sent' AND attempts > 1`,
      );
      expect(retried[0]!.count).toBe(mails + texts);
      expect(smtp.received).toEqual([]);

      // Back: every message arrives, once.
      const acceptedFrom = sms.received.length;
      sms.answerWith(201, { id: 'provider-id' });
      await smtp.listen();
      await until('every delivery', async () => {
        const pending = await sql(
          `SELECT count(*)::int AS count FROM outbox_message WHERE status <> 'sent'`,
        );
        return pending[0]!.count === 0;
      });
      await pause(2_000);
      expect(smtp.received).toHaveLength(mails);
      expect(new Set(smtp.messageIds()).size).toBe(mails);
      const accepted = sms.received.slice(acceptedFrom).map((r) => r.headers['idempotency-key']);
      expect(accepted).toHaveLength(texts);
      expect(new Set(accepted).size).toBe(texts);
      // Even the attempts that timed out carried the same keys: a provider that deduplicates by
      // Idempotency-Key sends each text once, whatever it did with the unanswered requests.
      const keys = new Set(sms.received.map((r) => r.headers['idempotency-key']));
      expect(keys.size).toBe(texts);
    } finally {
      if (app) expect(await app.stop()).toBe(0);
      await sms.stop();
      await smtp.stop();
      await database.drop();
    }
  });
});
