import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_LANGUAGE, SmsErrorCode } from '@guichet/contracts';
import { type SmsConfig, smsConfig } from '../../core/config/sms.config';
import { AppError } from '../../core/http/app-error';
import { toMobileE164 } from './mobile-number';
import type { OutgoingSms } from './sms-gateway';
import { measureSms } from './sms-segments';
import { shortenFirmName, toGsm7FirmName } from './sms-firm-name';
import { type SmsRequest, type SmsTemplate } from './sms-template';
import { SMS_WORDING, type SmsWording } from './sms-wording';

/** A rendered SMS; the outbox adds the idempotency key when it hands it to the gateway. */
export type RenderedSms = Omit<OutgoingSms, 'idempotencyKey'>;

/** Turns an SMS request into the number and text to send, refusing what cannot be sent. */
@Injectable()
export class SmsRenderer {
  constructor(@Inject(smsConfig.KEY) private readonly config: SmsConfig) {}

  render<T extends SmsTemplate>(request: SmsRequest<T>): RenderedSms {
    const to = toMobileE164(request.to);
    // A language read from an old row may no longer be spoken: fall back rather than fail.
    const wording = SMS_WORDING[request.language] ?? SMS_WORDING[DEFAULT_LANGUAGE];
    const body = wording.bodies[request.template](request.variables);
    const text = fitFirmName(wording, toGsm7FirmName(request.workspaceName), body);
    const { segments } = measureSms(text);
    if (segments > this.config.maxSegments) {
      throw new AppError(
        SmsErrorCode.TooLong,
        `SMS text needs ${segments} segments, more than SMS_MAX_SEGMENTS=${this.config.maxSegments}`,
      );
    }
    return { to, text };
  }
}

/**
 * Signs the body with the firm name, shortened if that keeps the SMS to one segment: the name is
 * a courtesy, never worth a second billed SMS nor a refused one-time code. When even a one-letter
 * name does not fit, the body goes alone.
 */
function fitFirmName(wording: SmsWording, firm: string, body: string): string {
  const unsigned = body.charAt(0).toUpperCase() + body.slice(1);
  if (!firm) return unsigned;
  const full = wording.signed(firm, body);
  if (measureSms(full).segments === 1) return full;
  for (let length = [...firm].length - 1; length > 0; length -= 1) {
    const short = shortenFirmName(firm, length);
    const text = wording.signed(short, body);
    if (short && measureSms(text).segments === 1) return text;
  }
  return measureSms(unsigned).segments === 1 ? unsigned : full;
}
