import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { WorkspaceSetup } from './workspace-setup.service';

/** Creating a firm with its first admin, and its settings (`create-workspace`, `configure-workspace`). */
@Module({
  imports: [AccountsModule, AuditModule, IdentityModule, WorkspacesModule],
  providers: [WorkspaceSetup],
  exports: [WorkspaceSetup],
})
export class WorkspaceSetupModule {}
