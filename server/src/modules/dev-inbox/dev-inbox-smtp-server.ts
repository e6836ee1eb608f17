import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DevInbox } from './dev-inbox';

/**
 * An SMTP server inside the app, on 127.0.0.1 only, that files every mail it receives in the dev
 * inbox. Development mail therefore takes the same path as production: render, outbox, SMTP.
 */
@Injectable()
export class DevInboxSmtpServer implements OnApplicationShutdown {
  private readonly logger = new Logger(DevInboxSmtpServer.name);
  private started?: Promise<{ server: SMTPServer; url: string }>;

  constructor(private readonly inbox: DevInbox) {}

  /** Starts the server on first use and gives its `smtp://` URL. */
  async url(): Promise<string> {
    this.started ??= this.start();
    return (await this.started).url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    const { server } = await this.started;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private start(): Promise<{ server: SMTPServer; url: string }> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // A reverse DNS lookup of 127.0.0.1 per connection costs more than the whole exchange.
      disableReverseLookup: true,
      banner: 'Guichet dev inbox',
      logger: false,
      onData: (stream, session, callback) => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        simpleParser(stream)
          .then((mail) =>
            this.inbox.recordMail({
              to,
              subject: mail.subject ?? '',
              html: typeof mail.html === 'string' ? mail.html : null,
              text: mail.text ?? '',
            }),
          )
          .then(
            () => callback(),
            (error: Error) => callback(error),
          );
      },
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        this.logger.log(`Dev inbox capturing mail on smtp://127.0.0.1:${port}`);
        resolve({ server, url: `smtp://127.0.0.1:${port}` });
      });
    });
  }
}
