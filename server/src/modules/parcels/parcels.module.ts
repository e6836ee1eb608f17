import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentKeys } from '../../core/crypto/document-keys';
import { PublicLinks } from '../../core/http/public-links';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { OutboxModule } from '../outbox/outbox.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AdminParcelsController } from './admin-parcels.controller';
import { DocumentDownload } from './download/document-download.service';
import { ParcelDocumentEntity } from './entities/parcel-document.entity';
import { ParcelDownloadEntity } from './entities/parcel-download.entity';
import { ParcelRecipientEntity } from './entities/parcel-recipient.entity';
import { ParcelSettingsEntity } from './entities/parcel-settings.entity';
import { ParcelEntity } from './entities/parcel.entity';
import { ParcelAccess } from './parcel-access';
import { ParcelDocumentsController } from './parcel-documents.controller';
import { ParcelDrafts } from './parcel-drafts.service';
import { ParcelNotifications } from './parcel-notifications';
import { ParcelOverviewService } from './parcel-overview.service';
import { ParcelReading } from './parcel-reading.service';
import { ParcelRepository } from './parcel.repository';
import { ParcelSettingsRepository } from './parcel-settings.repository';
import { ParcelSettingsService } from './parcel-settings.service';
import { ParcelsController } from './parcels.controller';
import { ParcelJobs } from './purge/parcel-jobs';
import { KeyRotationRepository } from './key-rotation/key-rotation.repository';
import { MasterKeyRotation } from './key-rotation/master-key-rotation.service';
import { TypeOrmKeyRotationRepository } from './key-rotation/typeorm-key-rotation.repository';
import { ParcelPurge } from './purge/parcel-purge.service';
import { PurgeRepository } from './purge/purge.repository';
import { TypeOrmPurgeRepository } from './purge/typeorm-purge.repository';
import { TypeOrmParcelRepository } from './typeorm-parcel.repository';
import { TypeOrmParcelSettingsRepository } from './typeorm-parcel-settings.repository';
import { DocumentUpload } from './upload/document-upload.service';

/**
 * Secure parcels (PARCEL-1…PARCEL-7): drafts, encrypted streamed documents, lists and receipts,
 * notifications, the purge and the reminders. Exports the purge for the CLI.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ParcelEntity,
      ParcelRecipientEntity,
      ParcelDocumentEntity,
      ParcelDownloadEntity,
      ParcelSettingsEntity,
    ]),
    AccountsModule,
    AuditModule,
    IdentityModule,
    OutboxModule,
    WorkspacesModule,
  ],
  controllers: [ParcelsController, ParcelDocumentsController, AdminParcelsController],
  providers: [
    DocumentKeys,
    PublicLinks,
    ParcelAccess,
    ParcelReading,
    ParcelDrafts,
    ParcelNotifications,
    ParcelSettingsService,
    ParcelOverviewService,
    DocumentUpload,
    DocumentDownload,
    ParcelPurge,
    MasterKeyRotation,
    { provide: KeyRotationRepository, useClass: TypeOrmKeyRotationRepository },
    ParcelJobs,
    { provide: ParcelRepository, useClass: TypeOrmParcelRepository },
    { provide: ParcelSettingsRepository, useClass: TypeOrmParcelSettingsRepository },
    { provide: PurgeRepository, useClass: TypeOrmPurgeRepository },
  ],
  exports: [
    ParcelPurge,
    ParcelNotifications,
    ParcelRepository,
    ParcelAccess,
    ParcelDrafts,
    ParcelSettingsService,
    DocumentDownload,
    MasterKeyRotation,
  ],
})
export class ParcelsModule {}
