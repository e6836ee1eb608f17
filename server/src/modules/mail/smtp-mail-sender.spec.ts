import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test, type TestingModule } from '@nestjs/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Civility } from '@guichet/contracts';
import { mailConfig } from '../../core/config/mail.config';
import { DeliveryError } from '../../core/delivery/delivery-error';
import { DevInboxModule } from '../dev-inbox/dev-inbox.module';
import { DevInboxSmtpServer } from '../dev-inbox/dev-inbox-smtp-server';
import { MailModule } from './mail.module';
import { MailRenderer } from './mail-renderer';
import { MailSender, type OutgoingMail } from './mail-sender';
import { MailTemplate } from './mail-template';
import { SmtpMailSender } from './smtp-mail-sender';

const TO = 's.teng@example.com';
const LINK = 'https://guichet.example/w/deguedre/password?token=Zm9v';
const FROM = 'Guichet <no-reply@guichet.test>';

/** What the SMTP server under test does with the next RCPT TO. */
type RcptAnswer = 'accept' | 550 | 451;

/** A real SMTP server on 127.0.0.1 that keeps what it receives and answers RCPT as told. */
class CapturingSmtpServer {
  readonly received: ParsedMail[] = [];
  rcpt: RcptAnswer = 'accept';
  private readonly server: SMTPServer;

  /** With `startTls`, the server offers STARTTLS with smtp-server's built-in self-signed certificate. */
  constructor({ startTls = false } = {}) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: startTls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.rcpt === 'accept') return callback();
        const error = new Error(this.rcpt === 550 ? '5.1.1 Mailbox unknown' : '4.7.1 Try later');
        callback(Object.assign(error, { responseCode: this.rcpt }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push(mail);
            callback(null, 'Ok: queued as 4XyZ1');
          },
          (error: Error) => callback(error),
        );
      },
    });
  }

  listen(): Promise<string> {
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        resolve(`smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Listens, then closes: nothing answers on the port it gives. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}

describe(SmtpMailSender.name, () => {
  const smtp = new CapturingSmtpServer();
  const selfSigned = new CapturingSmtpServer({ startTls: true });
  let selfSignedUrl: string;
  const savedEnv = { ...process.env };
  let smtpUrl: string;
  let devInboxUrl: jest.Mock<Promise<string>, []>;
  let app: TestingModule | undefined;

  /** Stands in for the dev inbox (whose real module needs the database). */
  @Module({
    providers: [{ provide: DevInboxSmtpServer, useFactory: () => ({ url: devInboxUrl }) }],
    exports: [DevInboxSmtpServer],
  })
  class FakeDevInboxModule {}

  beforeAll(async () => {
    smtpUrl = await smtp.listen();
    selfSignedUrl = await selfSigned.listen();
  });
  afterAll(() => Promise.all([smtp.close(), selfSigned.close()]));
  beforeEach(() => {
    smtp.received.length = 0;
    selfSigned.received.length = 0;
    smtp.rcpt = 'accept';
    devInboxUrl = jest.fn(() => Promise.resolve(smtpUrl));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    process.env = { ...savedEnv };
  });

  /** The real MailModule, configured from the environment as in production. */
  async function start(env: Record<string, string | undefined>): Promise<TestingModule> {
    process.env = { ...savedEnv, NODE_ENV: 'test', MAIL_FROM: FROM, ...env };
    app = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [mailConfig] }),
        MailModule,
      ],
    })
      .overrideModule(DevInboxModule)
      .useModule(FakeDevInboxModule)
      .compile();
    return app;
  }

  function passwordSetMail(moduleRef: TestingModule, messageId: string): OutgoingMail {
    const rendered = moduleRef.get(MailRenderer).render({
      template: MailTemplate.PasswordSetLink,
      workspaceName: 'Cabinet Deguedre',
      to: {
        email: TO,
        language: 'fr',
        civility: Civility.Mr,
        firstName: 'Sophat',
        lastName: 'Teng',
      },
      variables: { link: LINK, expiresAt: new Date('2026-11-23T13:05:00Z') },
    });
    return { to: TO, messageId, ...rendered };
  }

  async function failureOf(promise: Promise<unknown>): Promise<DeliveryError> {
    const error: unknown = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DeliveryError);
    const failure = error as DeliveryError;
    // Safe to store in the outbox and to log: no recipient, no content.
    expect(failure.message).not.toContain('teng');
    expect(failure.message).not.toContain('Bonjour');
    return failure;
  }

  it('delivers the rendered mail with sender, recipient, Message-ID and both parts', async () => {
    const moduleRef = await start({ SMTP_URL: smtpUrl });
    const mail = passwordSetMail(moduleRef, '<outbox-42@guichet.test>');

    const receipt = await moduleRef.get(MailSender).send(mail);

    expect(receipt).toEqual({ providerId: '4XyZ1' });
    expect(smtp.received).toHaveLength(1);
    const [arrived] = smtp.received;
    expect(arrived.from?.value).toEqual([{ name: 'Guichet', address: 'no-reply@guichet.test' }]);
    expect(arrived.to).toEqual(expect.objectContaining({ value: [{ name: '', address: TO }] }));
    expect(arrived.subject).toBe(mail.subject);
    expect(arrived.messageId).toBe('<outbox-42@guichet.test>');
    expect(arrived.headers.get('auto-submitted')).toBe('auto-generated');
    expect(arrived.text).toContain('Bonjour Monsieur Teng,');
    expect(arrived.text).toContain(LINK);
    expect(arrived.html).toEqual(expect.stringContaining('Bonjour Monsieur Teng,'));
    expect(arrived.html).toEqual(expect.stringContaining('href="https://guichet.example/w/'));
    expect(arrived.attachments).toEqual([]);
    expect(devInboxUrl).not.toHaveBeenCalled();
  });

  it('sends to the dev inbox when no SMTP_URL is configured', async () => {
    const moduleRef = await start({ SMTP_URL: undefined });

    await moduleRef.get(MailSender).send(passwordSetMail(moduleRef, '<dev-1@guichet.test>'));

    expect(devInboxUrl).toHaveBeenCalled();
    expect(smtp.received.map((mail) => mail.messageId)).toEqual(['<dev-1@guichet.test>']);
  });

  it('reports a 550 to RCPT as a permanent failure', async () => {
    const moduleRef = await start({ SMTP_URL: smtpUrl });
    smtp.rcpt = 550;

    const failure = await failureOf(
      moduleRef.get(MailSender).send(passwordSetMail(moduleRef, '<m-550@guichet.test>')),
    );

    expect(failure.permanent).toBe(true);
    expect(failure.message).toBe('SMTP 550 rejected at RCPT TO');
    expect(smtp.received).toEqual([]);
  });

  it('reports a 451 to RCPT as transient, to be retried', async () => {
    const moduleRef = await start({ SMTP_URL: smtpUrl });
    smtp.rcpt = 451;

    const failure = await failureOf(
      moduleRef.get(MailSender).send(passwordSetMail(moduleRef, '<m-451@guichet.test>')),
    );

    expect(failure.permanent).toBe(false);
    expect(failure.message).toBe('SMTP 451 deferred at RCPT TO');
  });

  it('reports a server that is down as transient', async () => {
    const moduleRef = await start({ SMTP_URL: await closedPortUrl() });

    const failure = await failureOf(
      moduleRef.get(MailSender).send(passwordSetMail(moduleRef, '<m-down@guichet.test>')),
    );

    expect(failure.permanent).toBe(false);
    expect(failure.message).toBe('SMTP connection failed (ECONNREFUSED)');
  });

  it('gives up after SMTP_TIMEOUT_MS on a server that never greets, as transient', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const moduleRef = await start({
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        SMTP_TIMEOUT_MS: '300',
      });
      const started = Date.now();

      const failure = await failureOf(
        moduleRef.get(MailSender).send(passwordSetMail(moduleRef, '<m-slow@guichet.test>')),
      );

      expect(failure.permanent).toBe(false);
      expect(failure.message).toBe('SMTP connection failed (ETIMEDOUT)');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('refuses to send in clear text when SMTP_REQUIRE_TLS is on and the server has no STARTTLS', async () => {
    const moduleRef = await start({ SMTP_URL: smtpUrl, SMTP_REQUIRE_TLS: 'true' });

    const failure = await failureOf(
      moduleRef.get(MailSender).send(passwordSetMail(moduleRef, '<m-tls@guichet.test>')),
    );

    expect(failure.permanent).toBe(false);
    expect(failure.message).toMatch(/^SMTP setup failed \(ETLS/);
    expect(smtp.received).toEqual([]);
  });

  it('refuses a server certificate that does not verify unless told otherwise', async () => {
    const strict = await start({ SMTP_URL: selfSignedUrl });
    const refused = await failureOf(
      strict.get(MailSender).send(passwordSetMail(strict, '<m-cert-1@guichet.test>')),
    );
    expect(refused.permanent).toBe(false);
    expect(selfSigned.received).toEqual([]);
    await strict.close();

    const lenient = await start({ SMTP_URL: selfSignedUrl, SMTP_TLS_REJECT_UNAUTHORIZED: 'false' });
    await lenient.get(MailSender).send(passwordSetMail(lenient, '<m-cert-2@guichet.test>'));
    expect(selfSigned.received.map((mail) => mail.messageId)).toEqual(['<m-cert-2@guichet.test>']);
  });
});
