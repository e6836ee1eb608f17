import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevInbox } from './dev-inbox';
import { DevInboxRepository } from './dev-inbox.repository';
import { DevInboxSmtpServer } from './dev-inbox-smtp-server';
import { DevInboxMessageEntity } from './entities/dev-inbox-message.entity';
import { TypeOrmDevInboxRepository } from './typeorm-dev-inbox.repository';

/** Capture of mail (SMTP server) and SMS for development; the HTTP API is DevInboxApiModule. */
@Module({
  imports: [TypeOrmModule.forFeature([DevInboxMessageEntity])],
  providers: [
    DevInbox,
    DevInboxSmtpServer,
    { provide: DevInboxRepository, useClass: TypeOrmDevInboxRepository },
  ],
  exports: [DevInbox, DevInboxSmtpServer],
})
export class DevInboxModule {}
