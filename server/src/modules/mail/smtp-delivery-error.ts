import { getSystemErrorName } from 'node:util';
import { DeliveryError } from '../../core/delivery/delivery-error';

/** What nodemailer puts on its errors; the message itself may quote the address, so it stays out. */
interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
  /** The socket's errno: nodemailer replaces `code` ECONNREFUSED with its own ESOCKET. */
  errno?: unknown;
}

/**
 * Failures that say nothing about this message: our credentials or TLS settings, or the server's
 * health. Retrying (after an operator fixes the settings) can succeed, so they are transient even
 * when the server answered 5xx (a 535 to AUTH is not a verdict on the recipient).
 */
const SETUP_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ETLS', 'EREQUIRETLS', 'ECONFIG']);

/** Nodemailer refused the message itself before talking to the server (no recipient, too big). */
const MESSAGE_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Classifies a nodemailer failure for the outbox: an SMTP 5xx verdict on the message is permanent;
 * 4xx, connection trouble and timeouts are retried. The text names the reply code and the SMTP
 * step only, never the recipient or the content, so it can be stored and logged.
 */
export function smtpDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure: SmtpFailure = typeof error === 'object' && error !== null ? error : {};
  const code = token(failure.code);
  const command = token(failure.command);
  const reply = typeof failure.responseCode === 'number' ? failure.responseCode : undefined;
  const step = command && command !== 'API' && command !== 'CONN' ? ` at ${command}` : '';

  if (code && SETUP_CODES.has(code)) {
    return new DeliveryError(`SMTP setup failed (${code}${reply ? ` ${reply}` : ''})`, false);
  }
  if (reply !== undefined && reply >= 500) {
    return new DeliveryError(`SMTP ${reply} rejected${step}`, true);
  }
  if (reply !== undefined && reply >= 400) {
    return new DeliveryError(`SMTP ${reply} deferred${step}`, false);
  }
  if (code && MESSAGE_CODES.has(code)) {
    return new DeliveryError(`SMTP message refused (${code})`, true);
  }
  const cause = systemError(failure.errno) ?? code ?? 'unknown error';
  return new DeliveryError(`SMTP connection failed (${cause})`, false);
}

function systemError(errno: unknown): string | undefined {
  if (typeof errno !== 'number' || errno >= 0) return undefined;
  try {
    return getSystemErrorName(errno);
  } catch {
    return undefined;
  }
}

/** Only an identifier-like value ("ECONNREFUSED", "RCPT TO") can reach the message. */
function token(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Z][A-Z0-9_ ]{0,31}$/.test(value) ? value : undefined;
}
