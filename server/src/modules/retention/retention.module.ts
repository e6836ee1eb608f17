import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from '../audit/audit-log';
import { AuditModule } from '../audit/audit.module';
import { GdprModule } from '../gdpr/gdpr.module';
import { AdminRetentionController } from './admin-retention.controller';
import { AuditIpRule } from './audit-ip.rule';
import { RetentionSettingsEntity } from './entities/retention-settings.entity';
import { InactiveClientsRule } from './inactive-clients.rule';
import { LeadsRule } from './leads.rule';
import { RetentionEraser } from './retention-eraser';
import { RetentionJobs } from './retention-jobs';
import { RetentionRules } from './retention-rules';
import { RetentionSettingsRepository } from './retention-settings.repository';
import { RetentionSettingsService } from './retention-settings.service';
import { RetentionRepository } from './retention.repository';
import { Retention } from './retention.service';
import { TypeOrmRetentionSettingsRepository } from './typeorm-retention-settings.repository';
import { TypeOrmRetentionRepository } from './typeorm-retention.repository';

/**
 * Retention (GDPR-5): per-workspace periods, the daily job, its CLI and admin report; erasure
 * goes through the GDPR module's engine. Exports `RetentionRules` for other modules to add theirs
 * and `Retention` for the CLI.
 */
@Module({
  imports: [TypeOrmModule.forFeature([RetentionSettingsEntity]), AuditModule, GdprModule],
  controllers: [AdminRetentionController],
  providers: [
    RetentionRules,
    RetentionSettingsService,
    Retention,
    RetentionJobs,
    RetentionEraser,
    { provide: RetentionRepository, useClass: TypeOrmRetentionRepository },
    { provide: RetentionSettingsRepository, useClass: TypeOrmRetentionSettingsRepository },
  ],
  exports: [Retention, RetentionRules, RetentionSettingsService],
})
export class RetentionModule implements OnModuleInit {
  constructor(
    private readonly rules: RetentionRules,
    private readonly repository: RetentionRepository,
    private readonly eraser: RetentionEraser,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.rules.add(new InactiveClientsRule(this.repository, this.eraser, this.audit));
    this.rules.add(new AuditIpRule(this.repository));
    this.rules.add(new LeadsRule(this.repository, this.eraser, this.audit));
  }
}
