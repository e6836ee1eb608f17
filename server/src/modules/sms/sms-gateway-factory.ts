import type { SmsConfig } from '../../core/config/sms.config';
import { DevInbox } from '../dev-inbox/dev-inbox';
import { DevInboxSmsGateway } from './dev-inbox-sms-gateway';
import { DisabledSmsGateway } from './disabled-sms-gateway';
import { HttpSmsGateway } from './http-sms-gateway';
import { type SmsGateway } from './sms-gateway';
import { TwilioSmsGateway } from './twilio-sms-gateway';

/** The adapter for the configured SMS_PROVIDER. */
export function createSmsGateway(config: SmsConfig, devInbox: DevInbox): SmsGateway {
  switch (config.provider) {
    case 'dev-inbox':
      return new DevInboxSmsGateway(devInbox);
    case 'http':
      return new HttpSmsGateway(config);
    case 'twilio':
      return new TwilioSmsGateway(config);
    case 'none':
      return new DisabledSmsGateway();
  }
}
