import {
  Civility,
  CommonErrorCode,
  type OutboxMessageSummary,
  OutboxErrorCode,
  OutboxStatus,
} from '@guichet/contracts';
import { MailTemplate } from '../../server/src/modules/mail/mail-template';
import { Outbox } from '../../server/src/modules/outbox/outbox';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';

describe('outbox administration', () => {
  let sink: SmtpSink;
  let testApp: TestApp;

  const enqueue = (email: string) =>
    testApp.app.get(Outbox).enqueueMail(
      {
        template: MailTemplate.PasswordChanged,
        workspaceName: 'Cabinet Demo',
        to: {
          email,
          language: 'fr',
          civility: Civility.Mrs,
          firstName: 'Sophie',
          lastName: 'Bataillon',
        },
        variables: { signInLink: 'https://portal.example/login', changedAt: new Date() },
      },
      { workspaceId: null },
    );
  const undelivered = async () =>
    (await testApp.http.get('/api/admin/outbox').expect(200)).body as OutboxMessageSummary[];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    // Development mode: until sign-in exists, the admin API answers there only.
    testApp = await startTestApp({
      env: { NODE_ENV: 'development', SMTP_URL: sink.url, OUTBOX_WORKER: 'false' },
    });
  });

  afterAll(async () => {
    await testApp.close();
    await sink.stop();
  });

  it('lists failed messages with the recipient masked, retries one, and forgets it once sent', async () => {
    sink.refused.add('s.bataillon@example.test');
    await enqueue('s.bataillon@example.test');
    await testApp.app.get(OutboxWorker).drain();

    const [failed] = await undelivered();
    expect(failed).toEqual(
      expect.objectContaining({
        channel: 'mail',
        template: MailTemplate.PasswordChanged,
        recipient: 's.b******@example.test',
        status: OutboxStatus.Failed,
        attempts: 1,
        lastError: expect.stringContaining('550'),
      }),
    );
    expect(JSON.stringify(await undelivered())).not.toContain('s.bataillon');

    sink.refused.clear();
    const retried = await testApp.http.post(`/api/admin/outbox/${failed!.id}/retry`).expect(200);
    expect(retried.body).toEqual(
      expect.objectContaining({ status: OutboxStatus.Pending, attempts: 0 }),
    );
    await testApp.app.get(OutboxWorker).drain();
    expect(sink.received).toHaveLength(1);
    expect(await undelivered()).toEqual([]);

    const again = await testApp.http.post(`/api/admin/outbox/${failed!.id}/retry`).expect(409);
    expect(again.body.code).toBe(OutboxErrorCode.NotRetryable);
  });

  it('answers 404 for an unknown message and 400 for a malformed id', async () => {
    const missing = await testApp.http
      .post('/api/admin/outbox/1b4e28ba-2fa1-4d3b-883f-0016d3cca427/retry')
      .expect(404);
    expect(missing.body.code).toBe(OutboxErrorCode.MessageNotFound);
    const malformed = await testApp.http.post('/api/admin/outbox/not-an-id/retry').expect(400);
    expect(malformed.body.code).toBe(CommonErrorCode.BadRequest);
  });
});
