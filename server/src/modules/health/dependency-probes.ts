import { connect } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { antivirusConfig, type AntivirusConfig } from '../../core/config/antivirus.config';
import { mailConfig, type MailConfig } from '../../core/config/mail.config';

/** How long a probe's answer is reused: a readiness poll must not open an SMTP session each time. */
const CACHE_MS = 15_000;
/** Longest wait for a dependency during a readiness check. */
const PROBE_TIMEOUT_MS = 3_000;

/** Remembers one check's answer for {@link CACHE_MS}; concurrent callers share one attempt. */
class CachedCheck {
  private last?: { at: number; up: boolean };
  private running?: Promise<boolean>;

  constructor(private readonly check: () => Promise<void>) {}

  isUp(): Promise<boolean> {
    if (this.last && Date.now() - this.last.at < CACHE_MS) return Promise.resolve(this.last.up);
    this.running ??= this.check().then(
      () => this.remember(true),
      () => this.remember(false),
    );
    return this.running;
  }

  private remember(up: boolean): boolean {
    this.last = { at: Date.now(), up };
    this.running = undefined;
    return up;
  }
}

/**
 * The dependencies readiness reflects besides the database (OPS-3), when configured: the SMTP
 * server (connection, greeting, TLS and login verified) and clamd (`PING` answered `PONG`).
 */
@Injectable()
export class DependencyProbes {
  private readonly smtp?: CachedCheck;
  private readonly clamd?: CachedCheck;

  constructor(
    @Inject(mailConfig.KEY) mail: MailConfig,
    @Inject(antivirusConfig.KEY) antivirus: AntivirusConfig,
  ) {
    if (mail.smtpUrl) this.smtp = new CachedCheck(() => verifySmtp(mail));
    const target = antivirus.target;
    if (target) this.clamd = new CachedCheck(() => pingClamd(target));
  }

  /** Only the configured dependencies, each up or down. */
  async check(): Promise<Record<string, boolean>> {
    const checks: Record<string, boolean> = {};
    const [smtp, clamd] = await Promise.all([this.smtp?.isUp(), this.clamd?.isUp()]);
    if (smtp !== undefined) checks.smtp = smtp;
    if (clamd !== undefined) checks.clamd = clamd;
    return checks;
  }
}

async function verifySmtp(mail: MailConfig): Promise<void> {
  const transport = createTransport(
    new SMTPTransport({
      url: mail.smtpUrl,
      connectionTimeout: PROBE_TIMEOUT_MS,
      greetingTimeout: PROBE_TIMEOUT_MS,
      socketTimeout: PROBE_TIMEOUT_MS,
      requireTLS: mail.requireTls,
      tls: { rejectUnauthorized: mail.tlsRejectUnauthorized },
    }),
  );
  try {
    await transport.verify();
  } finally {
    transport.close();
  }
}

function pingClamd(target: NonNullable<AntivirusConfig['target']>): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(target);
    let answer = '';
    socket.setTimeout(PROBE_TIMEOUT_MS, () => socket.destroy(new Error('clamd timed out')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write('zPING\0'));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.once('close', () =>
      answer.replace(/\0/g, '').trim() === 'PONG'
        ? resolve()
        : reject(new Error('clamd did not answer PONG')),
    );
  });
}
