import { constants } from 'node:os';
import { DeliveryError } from '../../core/delivery/delivery-error';
import { smtpDeliveryError } from './smtp-delivery-error';

/** Shaped like the errors nodemailer throws; their message quotes the SMTP reply and address. */
function nodemailerError(fields: {
  code?: string;
  responseCode?: number;
  command?: string;
  errno?: number;
}) {
  return Object.assign(
    new Error("Can't send mail - all recipients were rejected: 550 <s.teng@example.com> unknown"),
    fields,
  );
}

describe(smtpDeliveryError.name, () => {
  it.each([
    [
      { code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' },
      true,
      'SMTP 550 rejected at RCPT TO',
    ],
    [{ code: 'EMESSAGE', responseCode: 552, command: 'DATA' }, true, 'SMTP 552 rejected at DATA'],
    [
      { code: 'EENVELOPE', responseCode: 452, command: 'RCPT TO' },
      false,
      'SMTP 452 deferred at RCPT TO',
    ],
    [{ code: 'EPROTOCOL', responseCode: 421, command: 'CONN' }, false, 'SMTP 421 deferred'],
    [
      { code: 'ESOCKET', command: 'CONN', errno: -constants.errno.ECONNREFUSED },
      false,
      'SMTP connection failed (ECONNREFUSED)',
    ],
    [{ code: 'ETIMEDOUT', command: 'CONN' }, false, 'SMTP connection failed (ETIMEDOUT)'],
    [{ code: 'ECONNECTION', command: 'CONN' }, false, 'SMTP connection failed (ECONNECTION)'],
    [{ code: 'EDNS' }, false, 'SMTP connection failed (EDNS)'],
    // Wrong credentials or TLS settings: fixing them and retrying will work.
    [
      { code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' },
      false,
      'SMTP setup failed (EAUTH 535)',
    ],
    [{ code: 'ETLS', command: 'CONN' }, false, 'SMTP setup failed (ETLS)'],
    // Refused by nodemailer before any server verdict: the message itself is unusable.
    [{ code: 'EENVELOPE', command: 'API' }, true, 'SMTP message refused (EENVELOPE)'],
    [{}, false, 'SMTP connection failed (unknown error)'],
  ])('classifies %j', (fields, permanent, message) => {
    const error = smtpDeliveryError(nodemailerError(fields));

    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.permanent).toBe(permanent);
    expect(error.message).toBe(message);
  });

  it('treats a send that timed out in the mailer as transient', () => {
    const error = smtpDeliveryError(new Error('Send mail timed out after 10000ms'));
    expect(error.permanent).toBe(false);
  });

  it('never copies free text from the error into the message', () => {
    const error = smtpDeliveryError(
      nodemailerError({ code: 'x <s.teng@example.com>', command: 'RCPT TO:<s.teng@example.com>' }),
    );
    expect(error.message).toBe('SMTP connection failed (unknown error)');
  });

  it('passes a DeliveryError through unchanged', () => {
    const original = new DeliveryError('SMTP 550 rejected', true);
    expect(smtpDeliveryError(original)).toBe(original);
  });
});
