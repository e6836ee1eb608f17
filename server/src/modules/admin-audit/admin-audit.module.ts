import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AdminAuditController } from './admin-audit.controller';
import { AdminAuditViewer } from './admin-audit-viewer.service';

/** The admin's audit viewer: the trail of the admin's workspace, with names resolved. */
@Module({
  imports: [AuditModule, AccountsModule],
  controllers: [AdminAuditController],
  providers: [AdminAuditViewer],
})
export class AdminAuditModule {}
