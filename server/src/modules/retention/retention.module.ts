import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from '../audit/audit-log';
import { AuditModule } from '../audit/audit.module';
import { GdprModule } from '../gdpr/gdpr.module';
import { AdminRetentionController } from './admin-retention.controller';
import { AuditIpRule } from './audit-ip.rule';
import { RetentionSettingsEntity } from './entities/retention-settings.entity';
import { inactiveClients, PersonRetentionRule, silentLeads } from './person-retention.rule';
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
    const { repository: r, eraser, audit } = this;
    const clients = inactiveClients({
      countDue: (w, cutoff) => r.countInactiveClients(w, cutoff),
      due: (w, cutoff, limit) => r.inactiveClients(w, cutoff, limit),
      between: (w, from, to, limit) => r.clientsActiveBetween(w, from, to, limit),
    });
    const leads = silentLeads({
      countDue: (w, cutoff) => r.countSilentLeads(w, cutoff),
      due: (w, cutoff, limit) => r.silentLeads(w, cutoff, limit),
      between: (w, from, to, limit) => r.leadsLastHeardBetween(w, from, to, limit),
    });
    this.rules.add(new PersonRetentionRule(clients, eraser, audit));
    this.rules.add(new AuditIpRule(r));
    this.rules.add(new PersonRetentionRule(leads, eraser, audit));
  }
}
