import { Module } from '@nestjs/common';
import { type SmsConfig, smsConfig } from '../../core/config/sms.config';
import { DevInbox } from '../dev-inbox/dev-inbox';
import { DevInboxModule } from '../dev-inbox/dev-inbox.module';
import { SmsGateway } from './sms-gateway';
import { createSmsGateway } from './sms-gateway-factory';
import { SmsRenderer } from './sms-renderer';

/**
 * Renders SMS and hands them to the configured provider. The phone helpers (`toMobileE164`,
 * `maskPhone` in mobile-number.ts) are plain functions, imported directly.
 */
@Module({
  imports: [DevInboxModule],
  providers: [
    SmsRenderer,
    {
      provide: SmsGateway,
      inject: [smsConfig.KEY, DevInbox],
      useFactory: (config: SmsConfig, devInbox: DevInbox) => createSmsGateway(config, devInbox),
    },
  ],
  exports: [SmsGateway, SmsRenderer],
})
export class SmsModule {}
