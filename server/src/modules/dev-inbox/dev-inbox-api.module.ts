import { Module } from '@nestjs/common';
import { PublicLinks } from '../../core/http/public-links';
import { OutboxModule } from '../outbox/outbox.module';
import { DevInboxController } from './dev-inbox.controller';
import { DevInboxModule } from './dev-inbox.module';
import { DevInboxSamples } from './dev-inbox-samples';

/** `/api/dev/inbox`; AppModule imports it in development mode only. */
@Module({
  imports: [DevInboxModule, OutboxModule],
  controllers: [DevInboxController],
  providers: [DevInboxSamples, PublicLinks],
})
export class DevInboxApiModule {}
