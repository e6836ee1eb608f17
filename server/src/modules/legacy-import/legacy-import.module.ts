import { Module } from '@nestjs/common';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { GdprModule } from '../gdpr/gdpr.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { LegacyImport } from './legacy-import.service';

/** Loading clients of a previous system (the `import-legacy` command). */
@Module({
  imports: [AccountsModule, WorkspacesModule, AuditModule, GdprModule],
  providers: [LegacyImport, PasswordHasher],
  exports: [LegacyImport],
})
export class LegacyImportModule {}
