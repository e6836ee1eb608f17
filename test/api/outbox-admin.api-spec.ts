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
import type { ApiClient } from '../support/api-client';
import { DEMO, signInOk } from '../support/sign-in';
import { SmtpSink } from '../support/smtp-sink';
import { workspaceId } from '../support/ids';
import { startTestApp, type TestApp } from '../support/test-app';

describe('outbox administration', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let admin: ApiClient;

  const enqueue = async (email: string, workspace = 'demo') =>
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
      { workspaceId: await workspaceId(testApp.database.url, workspace) },
    );
  const undelivered = async (client = admin) =>
    (await client.get('/api/admin/outbox').expect(200)).body as OutboxMessageSummary[];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    testApp = await startTestApp({ env: { SMTP_URL: sink.url }, demoData: true });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
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
        workspace: 'demo',
        lastError: expect.stringContaining('550'),
      }),
    );
    expect(JSON.stringify(await undelivered())).not.toContain('s.bataillon');

    sink.refused.clear();
    const retried = await admin.post(`/api/admin/outbox/${failed!.id}/retry`).expect(200);
    expect(retried.body).toEqual(
      expect.objectContaining({ status: OutboxStatus.Pending, attempts: 0 }),
    );
    await testApp.app.get(OutboxWorker).drain();
    expect(sink.received).toHaveLength(1);
    expect(await undelivered()).toEqual([]);

    const again = await admin.post(`/api/admin/outbox/${failed!.id}/retry`).expect(409);
    expect(again.body.code).toBe(OutboxErrorCode.NotRetryable);
  });

  it("shows an admin only their own firm's messages, and another firm's answers 404", async () => {
    sink.refused.add('other.firm@example.test');
    await enqueue('other.firm@example.test', 'autre');
    await testApp.app.get(OutboxWorker).drain();
    expect(await undelivered()).toEqual([]);

    const other = await testApp.client();
    await signInOk(other, DEMO.otherAdmin);
    const [theirs] = await undelivered(other);
    expect(theirs).toEqual(
      expect.objectContaining({ workspace: 'autre', status: OutboxStatus.Failed }),
    );
    const response = await admin.post(`/api/admin/outbox/${theirs!.id}/retry`).expect(404);
    expect(response.body.code).toBe(OutboxErrorCode.MessageNotFound);
  });

  it('answers 404 for an unknown message and 400 for a malformed id', async () => {
    const missing = await admin
      .post('/api/admin/outbox/1b4e28ba-2fa1-4d3b-883f-0016d3cca427/retry')
      .expect(404);
    expect(missing.body.code).toBe(OutboxErrorCode.MessageNotFound);
    const malformed = await admin.post('/api/admin/outbox/not-an-id/retry').expect(400);
    expect(malformed.body.code).toBe(CommonErrorCode.BadRequest);
  });

  it('refuses the outbox to staff and to anyone not signed in', async () => {
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    expect((await staff.get('/api/admin/outbox').expect(403)).body.code).toBe(
      CommonErrorCode.Forbidden,
    );
    const anonymous = await testApp.client();
    expect((await anonymous.get('/api/admin/outbox').expect(401)).body.code).toBe(
      CommonErrorCode.Unauthenticated,
    );
  });
});
