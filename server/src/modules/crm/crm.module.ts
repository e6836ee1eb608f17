import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentKeys } from '../../core/crypto/document-keys';
import { GdprModule } from '../gdpr/gdpr.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { OutboxModule } from '../outbox/outbox.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { CrmDocumentRepository } from './documents/crm-document.repository';
import { CrmDocumentsController } from './documents/crm-documents.controller';
import { CrmDocuments } from './documents/crm-documents.service';
import { TypeOrmCrmDocumentRepository } from './documents/typeorm-crm-document.repository';
import { CRM_ENTITIES } from './entities';
import { ErpIntegrationController } from './erp/erp-integration.controller';
import { ErpLinks } from './erp/erp-links.service';
import { ErpOptOutEvents } from './erp/erp-opt-out-events';
import { ErpSync } from './erp/erp-sync.service';
import { MarketingOptOutController } from './opt-out/marketing-opt-out.controller';
import { MarketingOptOuts } from './opt-out/marketing-opt-outs.service';
import { CrmCompaniesController } from './records/crm-companies.controller';
import { CrmCompanies } from './records/crm-companies.service';
import { CrmContactsController } from './records/crm-contacts.controller';
import { CrmContacts } from './records/crm-contacts.service';
import { CrmLeadsController } from './records/crm-leads.controller';
import { CrmLeads } from './records/crm-leads.service';
import { CrmRecordRemoval } from './records/crm-record-removal.service';
import { CrmRecordRepository } from './records/crm-record.repository';
import { TypeOrmCrmRecordRepository } from './records/typeorm-crm-record.repository';
import { CrmLists } from './search/crm-lists.service';
import { CrmMarketingController } from './search/crm-marketing.controller';
import { CrmPreferenceRepository } from './search/crm-preference.repository';
import { CrmPreferencesService } from './search/crm-preferences.service';
import { CrmSearchRepository } from './search/crm-search.repository';
import { MarketingAudience } from './search/marketing-audience.service';
import { TargetGroupRepository } from './search/target-group.repository';
import { TargetGroups } from './search/target-groups.service';
import { TypeOrmCrmPreferenceRepository } from './search/typeorm-crm-preference.repository';
import { TypeOrmCrmSearchRepository } from './search/typeorm-crm-search.repository';
import { TypeOrmTargetGroupRepository } from './search/typeorm-target-group.repository';
import { CrmSubRecordRepository } from './sub-records/crm-sub-record.repository';
import { CrmSubRecordsController } from './sub-records/crm-sub-records.controller';
import { CrmSubRecords } from './sub-records/crm-sub-records.service';
import { TypeOrmCrmSubRecordRepository } from './sub-records/typeorm-crm-sub-record.repository';

/**
 * The CRM (GDPR-1, GDPR-7): companies (third parties when linked to the ERP), contacts, leads and
 * what hangs off them; lists, target groups and marketing exports that respect opt-outs; the
 * ERP's opt-out sync both ways. Exports `ErpLinks` (erasure refuses ERP-linked companies) and
 * `MarketingOptOuts` (imports set opt-outs with source `import`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(CRM_ENTITIES),
    IntegrationsModule,
    GdprModule,
    OutboxModule,
    WorkspacesModule,
  ],
  controllers: [
    CrmCompaniesController,
    CrmContactsController,
    CrmLeadsController,
    CrmSubRecordsController,
    CrmDocumentsController,
    MarketingOptOutController,
    CrmMarketingController,
    ErpIntegrationController,
  ],
  providers: [
    CrmCompanies,
    CrmContacts,
    CrmLeads,
    CrmRecordRemoval,
    CrmSubRecords,
    CrmDocuments,
    DocumentKeys,
    MarketingOptOuts,
    CrmLists,
    CrmPreferencesService,
    MarketingAudience,
    TargetGroups,
    ErpSync,
    ErpLinks,
    ErpOptOutEvents,
    { provide: CrmRecordRepository, useClass: TypeOrmCrmRecordRepository },
    { provide: CrmSubRecordRepository, useClass: TypeOrmCrmSubRecordRepository },
    { provide: CrmDocumentRepository, useClass: TypeOrmCrmDocumentRepository },
    { provide: CrmSearchRepository, useClass: TypeOrmCrmSearchRepository },
    { provide: CrmPreferenceRepository, useClass: TypeOrmCrmPreferenceRepository },
    { provide: TargetGroupRepository, useClass: TypeOrmTargetGroupRepository },
  ],
  exports: [ErpLinks, MarketingOptOuts],
})
export class CrmModule {}
