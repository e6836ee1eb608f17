import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server for tests: keeps every mail it accepts, parsed; can be stopped and restarted. */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  /** Recipients answered with 550 (a permanent refusal). */
  readonly refused = new Set<string>();
  private server?: SMTPServer;

  private constructor(readonly port: number) {}

  /** Starts on a free port, or on `port` to come back where the app expects it. */
  static async start(port = 0): Promise<SmtpSink> {
    const sink = new SmtpSink(port);
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // A reverse DNS lookup of 127.0.0.1 per connection costs more than the whole exchange.
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, _session, callback) =>
        this.refused.has(address.address)
          ? callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
          : callback(),
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.server.address();
    (this as { port: number }).port =
      typeof address === 'object' && address ? address.port : this.port;
    this.server = server;
  }

  /** Stops accepting connections: the app now finds no SMTP server. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails that reached a recipient, by Message-ID, to check that none arrived twice. */
  messageIds(): string[] {
    return this.received.map((mail) => mail.messageId ?? '');
  }
}
