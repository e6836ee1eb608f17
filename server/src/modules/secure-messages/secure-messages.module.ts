import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicLinks } from '../../core/http/public-links';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { OtpModule } from '../otp/otp.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ParcelsModule } from '../parcels/parcels.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { RecipientSessionEntity } from './entities/recipient-session.entity';
import { SecureMessageDownloadEntity } from './entities/secure-message-download.entity';
import { SecureMessageRecipientEntity } from './entities/secure-message-recipient.entity';
import { RecipientSessions } from './recipient-sessions';
import { SecureMessageMails } from './secure-message-outbox';
import { SecureMessageReaderController } from './secure-message-reader.controller';
import { SecureMessageReader } from './secure-message-reader.service';
import { SecureMessageRepository } from './secure-message.repository';
import { TypeOrmSecureMessageRepository } from './typeorm-secure-message.repository';
import { SecureMessagesController } from './secure-messages.controller';
import { SecureMessages } from './secure-messages.service';

/**
 * Secure messages to external addresses (PARCEL-8) and their reader flow with e-mailed codes and
 * recipient sessions (OTP-3). Storage, upload, download and purge are the parcels'.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SecureMessageRecipientEntity,
      SecureMessageDownloadEntity,
      RecipientSessionEntity,
    ]),
    AccountsModule,
    AuditModule,
    OtpModule,
    OutboxModule,
    ParcelsModule,
    WorkspacesModule,
  ],
  controllers: [SecureMessagesController, SecureMessageReaderController],
  providers: [
    PublicLinks,
    RecipientSessions,
    SecureMessageMails,
    SecureMessageReader,
    SecureMessages,
    { provide: SecureMessageRepository, useClass: TypeOrmSecureMessageRepository },
  ],
})
export class SecureMessagesModule {}
