import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentKeys } from '../../core/crypto/document-keys';
import { AuditModule } from '../audit/audit.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { OutboxModule } from '../outbox/outbox.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ErasureTombstoneEntity } from './entities/erasure-tombstone.entity';
import { ErasureExecution } from './erasure/erasure-execution';
import { ErasureNotices } from './erasure/erasure-notices';
import { ErasurePlanner } from './erasure/erasure-planner';
import { ErasureRepository } from './erasure/erasure.repository';
import { Erasure } from './erasure/erasure.service';
import { ErasureSubjectLoader } from './erasure/erasure-subject-loader';
import { ErpErasure } from './erasure/erp-erasure.service';
import { TypeOrmErasureRepository } from './erasure/typeorm-erasure.repository';
import { PersonalDataExport } from './export/personal-data-export.service';
import { GdprController } from './gdpr.controller';
import { GdprIntegrationController } from './gdpr-integration.controller';
import { OwnDataExportController } from './own-data-export.controller';
import { ContactFingerprints } from './tombstones/contact-fingerprints';
import { TombstoneRepository } from './tombstones/tombstone.repository';
import { Tombstones } from './tombstones/tombstones';
import { TypeOrmTombstoneRepository } from './tombstones/typeorm-tombstone.repository';

/**
 * Erasure, export and tombstones (GDPR-2, GDPR-4), driven by the personal-data registry.
 * Exports `Erasure` (retention erases through it) and `Tombstones` (imports ask it whether a
 * person was erased before).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ErasureTombstoneEntity]),
    AuditModule,
    IntegrationsModule,
    OutboxModule,
    WorkspacesModule,
  ],
  controllers: [GdprController, OwnDataExportController, GdprIntegrationController],
  providers: [
    Erasure,
    ErpErasure,
    ErasurePlanner,
    ErasureExecution,
    ErasureNotices,
    ErasureSubjectLoader,
    PersonalDataExport,
    ContactFingerprints,
    Tombstones,
    DocumentKeys,
    { provide: ErasureRepository, useClass: TypeOrmErasureRepository },
    { provide: TombstoneRepository, useClass: TypeOrmTombstoneRepository },
  ],
  exports: [Erasure, Tombstones],
})
export class GdprModule implements OnApplicationBootstrap {
  constructor(private readonly erasure: Erasure) {}

  /** Blobs of an erasure cut short by a crash after its commit are deleted at the next start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.erasure.finishInterrupted();
  }
}
