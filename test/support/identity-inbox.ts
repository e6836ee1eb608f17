import type { ParsedMail } from 'mailparser';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import { FakeSmsProvider } from '../../server/src/modules/sms/testing/fake-sms-provider';
import { SmtpSink } from './smtp-sink';
import type { TestApp } from './test-app';

/**
 * What a person would find in their mailbox and on their phone: mails caught by a real SMTP
 * server and SMS caught by a fake provider, once the app's outbox has delivered them.
 */
export class IdentityInbox {
  private constructor(
    readonly smtp: SmtpSink,
    readonly sms: FakeSmsProvider,
  ) {}

  static async start(): Promise<IdentityInbox> {
    return new IdentityInbox(await SmtpSink.start(), await FakeSmsProvider.start());
  }

  /** Settings that route the app's mail and SMS here. */
  get env(): Record<string, string> {
    return { SMTP_URL: this.smtp.url, SMS_PROVIDER: 'http', SMS_HTTP_URL: this.sms.url };
  }

  async stop(): Promise<void> {
    await this.smtp.stop();
    await this.sms.stop();
  }

  /** Every mail delivered to `address` so far, oldest first. */
  async mailsTo(testApp: TestApp, address: string): Promise<ParsedMail[]> {
    await testApp.app.get(OutboxWorker).drain();
    return this.smtp.received.filter((mail) =>
      [mail.to]
        .flat()
        .some((to) => to?.value.some((value) => value.address?.toLowerCase() === address)),
    );
  }

  /** The token of the last password-set link mailed to `address`. */
  async lastLinkToken(testApp: TestApp, address: string): Promise<string> {
    const mail = (await this.mailsTo(testApp, address)).at(-1);
    const token = mail?.text?.match(/\/set-password\?token=([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no password-set link mailed to ${address}`);
    return token;
  }

  /** Every SMS delivered to `number` (E.164) so far, as texts. */
  async smsTo(testApp: TestApp, number: string): Promise<string[]> {
    await testApp.app.get(OutboxWorker).drain();
    return this.sms.received
      .map((request) => JSON.parse(request.body) as { to: string; text: string })
      .filter((message) => message.to === number)
      .map((message) => message.text);
  }

  /** The last code sent by SMS to `number`. */
  async lastCode(testApp: TestApp, number: string): Promise<string> {
    const code = (await this.smsTo(testApp, number)).at(-1)?.match(/\b\d{6}\b/)?.[0];
    if (!code) throw new Error(`no code sent to ${number}`);
    return code;
  }

  /** How many SMS went out in all. */
  async smsCount(testApp: TestApp): Promise<number> {
    await testApp.app.get(OutboxWorker).drain();
    return this.sms.received.length;
  }
}
