import { Civility, OutboxStatus } from '@guichet/contracts';
import { Transactions } from '../../server/src/core/database/transactions';
import { MailTemplate } from '../../server/src/modules/mail/mail-template';
import { Outbox } from '../../server/src/modules/outbox/outbox';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import { SmsTemplate } from '../../server/src/modules/sms/sms-template';
import { SmtpSink } from '../support/smtp-sink';
import { FakeSmsProvider } from '../../server/src/modules/sms/testing/fake-sms-provider';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const LINK = 'https://portal.example/set-password?token=abcdef123456';

describe('outbox delivery', () => {
  let sink: SmtpSink;
  let sms: FakeSmsProvider;
  let testApp: TestApp;
  let outbox: Outbox;
  let worker: OutboxWorker;

  const env = () => ({
    SMTP_URL: sink.url,
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: sms.url,
    SMS_HTTP_AUTH_HEADER: 'Authorization: Bearer test-key',
    PUBLIC_URL: 'https://portal.example/',
    OUTBOX_BACKOFF_BASE_MS: '20',
    OUTBOX_BACKOFF_MAX_MS: '40',
    OUTBOX_MAX_ATTEMPTS: '50',
    SMTP_TIMEOUT_MS: '2000',
  });
  const passwordSetMail = (email: string) => ({
    template: MailTemplate.PasswordSetLink,
    workspaceName: 'Cabinet Demo',
    to: {
      email,
      language: 'fr' as const,
      civility: Civility.Mr,
      firstName: 'Sophat',
      lastName: 'Teng',
    },
    variables: { link: LINK, expiresAt: new Date('2026-11-23T15:00:00Z') },
  });
  const rows = () =>
    queryDatabase<{
      status: OutboxStatus;
      attempts: number;
      payload: Buffer | null;
      last_error: string | null;
    }>(
      testApp.database.url,
      'SELECT status, attempts, payload, last_error FROM outbox_message ORDER BY created_at',
    );
  /** Runs the worker until nothing is due and nothing waits for a retry. */
  const deliverEverything = async (app = worker) => {
    for (let round = 0; round < 200; round++) {
      await app.drain();
      const waiting = (await rows()).filter((r) => r.status === OutboxStatus.Pending);
      if (waiting.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the outbox did not empty');
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    sms = await FakeSmsProvider.start();
  });

  beforeEach(async () => {
    sink.received.length = 0;
    sink.refused.clear();
    sms.received.length = 0;
    sms.answerWith(201, { id: 'sms-1' });
    testApp = await startTestApp({ env: env() });
    outbox = testApp.app.get(Outbox);
    worker = testApp.app.get(OutboxWorker);
  });

  afterEach(() => testApp.close());

  afterAll(async () => {
    await sink.stop();
    await sms.stop();
  });

  it('delivers a mail committed with its action, once, and forgets its content after sending', async () => {
    await testApp.app
      .get(Transactions)
      .run(() => outbox.enqueueMail(passwordSetMail('s.teng@example.test'), { workspaceId: null }));
    const [stored] = await rows();
    expect(stored!.payload!.toString('latin1')).not.toContain('abcdef123456');

    expect(await worker.drain()).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.to).toEqual(expect.objectContaining({ text: 's.teng@example.test' }));
    expect(mail.text).toContain('Bonjour Monsieur Teng');
    expect(mail.text).toContain(LINK);
    expect(mail.messageId).toMatch(/@portal\.example>?$/);
    expect(await rows()).toEqual([
      expect.objectContaining({ status: OutboxStatus.Sent, payload: null }),
    ]);

    expect(await worker.drain()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it('sends nothing when the action that caused the mail rolls back', async () => {
    const action = testApp.app.get(Transactions).run(async () => {
      await outbox.enqueueMail(passwordSetMail('rolled.back@example.test'), { workspaceId: null });
      throw new Error('the action failed after writing its mail');
    });
    await expect(action).rejects.toThrow('the action failed');
    await worker.drain();
    expect(await rows()).toEqual([]);
    expect(sink.received).toHaveLength(0);
  });

  it('stores a message once per idempotency key', async () => {
    for (let i = 0; i < 3; i++) {
      await outbox.enqueueMail(passwordSetMail('once@example.test'), {
        workspaceId: null,
        idempotencyKey: 'link-42',
      });
    }
    await worker.drain();
    expect(sink.received).toHaveLength(1);
  });

  it('loses nothing while the SMTP server is down and delivers every mail exactly once when it returns', async () => {
    const count = 25;
    await sink.stop();
    try {
      for (let i = 0; i < count; i++) {
        await outbox.enqueueMail(passwordSetMail(`client${i}@example.test`), { workspaceId: null });
      }
      const outage = await worker.drain();
      expect(outage.sent).toBe(0);
      // Retries are due again within milliseconds here, so one drain may try a mail twice.
      expect(outage.retried).toBeGreaterThanOrEqual(count);
      const waiting = await rows();
      expect(waiting).toHaveLength(count);
      expect(
        waiting.every((r) => r.status === OutboxStatus.Pending && r.last_error?.includes('SMTP')),
      ).toBe(true);
      expect(JSON.stringify(waiting.map((r) => r.last_error))).not.toContain('example.test');
    } finally {
      await sink.listen();
    }
    await deliverEverything();
    expect(sink.received).toHaveLength(count);
    expect(new Set(sink.messageIds()).size).toBe(count);
    expect(new Set(sink.received.map((m) => (m.to as { text: string }).text)).size).toBe(count);
  });

  it('lets two app instances race on the same outbox without sending anything twice', async () => {
    const count = 60;
    for (let i = 0; i < count; i++) {
      await outbox.enqueueMail(passwordSetMail(`race${i}@example.test`), { workspaceId: null });
    }
    const second = await startTestApp({ env: env(), database: testApp.database });
    try {
      const [a, b] = await Promise.all([worker.drain(), second.app.get(OutboxWorker).drain()]);
      expect(a.sent + b.sent).toBe(count);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
    expect(sink.received).toHaveLength(count);
    expect(new Set(sink.messageIds()).size).toBe(count);
  });

  it('does not retry a mail the server refuses for good', async () => {
    sink.refused.add('gone@example.test');
    await outbox.enqueueMail(passwordSetMail('gone@example.test'), { workspaceId: null });
    expect(await worker.drain()).toEqual(expect.objectContaining({ failed: 1, retried: 0 }));
    expect(await rows()).toEqual([
      expect.objectContaining({ status: OutboxStatus.Failed, attempts: 1 }),
    ]);
  });

  it('gives up after the maximum number of attempts', async () => {
    await testApp.close();
    testApp = await startTestApp({ env: { ...env(), OUTBOX_MAX_ATTEMPTS: '3' } });
    worker = testApp.app.get(OutboxWorker);
    await sink.stop();
    try {
      await testApp.app
        .get(Outbox)
        .enqueueMail(passwordSetMail('late@example.test'), { workspaceId: null });
      await deliverEverything();
      expect(await rows()).toEqual([
        expect.objectContaining({ status: OutboxStatus.Failed, attempts: 3 }),
      ]);
    } finally {
      await sink.listen();
    }
  });

  it('sends an SMS through the provider, retrying its 5xx answers but not its 4xx', async () => {
    const code = {
      template: SmsTemplate.OneTimeCode,
      workspaceName: 'Cabinet Demo',
      to: '06 12 34 56 78',
      language: 'fr' as const,
      variables: { code: '482913', validMinutes: 10 },
    };
    sms.answerWith(503);
    await outbox.enqueueSms(code, { workspaceId: null, idempotencyKey: 'otp-1' });
    expect(await worker.drain()).toEqual(expect.objectContaining({ retried: 1 }));
    sms.answerWith(201, { id: 'sms-2' });
    await deliverEverything();
    expect(sms.received).toHaveLength(2);
    const body = JSON.parse(sms.received[1]!.body) as { to: string; text: string };
    expect(body.to).toBe('+33612345678');
    expect(body.text).toContain('482913');
    expect(sms.received[1]!.headers['idempotency-key']).toBe('otp-1');
    expect(sms.received[1]!.headers.authorization).toBe('Bearer test-key');

    sms.answerWith(400);
    await outbox.enqueueSms(code, { workspaceId: null, idempotencyKey: 'otp-2' });
    expect(await worker.drain()).toEqual(expect.objectContaining({ failed: 1, retried: 0 }));
    expect(sms.received).toHaveLength(3);
  });
});
