import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventRepository } from './audit-event.repository';
import { AuditLog } from './audit-log';
import { AuditTrail } from './audit-trail';
import { AuditEventEntity } from './entities/audit-event.entity';
import { TypeOrmAuditEventRepository } from './typeorm-audit-event.repository';

/**
 * The append-only audit trail: other modules record events through `AuditLog`; the admin viewer
 * reads it through `AuditTrail`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [
    AuditLog,
    AuditTrail,
    { provide: AuditEventRepository, useClass: TypeOrmAuditEventRepository },
  ],
  exports: [AuditLog, AuditTrail],
})
export class AuditModule {}
