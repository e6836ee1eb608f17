import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { appConfig, configNamespaces } from './core/config';
import { AntivirusModule } from './core/antivirus/antivirus.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { DatabaseModule } from './core/database/database.module';
import { PrivacyModule } from './core/privacy/privacy.module';
import { StorageModule } from './core/storage/storage.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AnonymizedDumpModule } from './modules/anonymized-dump/anonymized-dump.module';
import { AdminAccountsModule } from './modules/admin-accounts/admin-accounts.module';
import { AdminAuditModule } from './modules/admin-audit/admin-audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CrmModule } from './modules/crm/crm.module';
import { DemoDataModule } from './modules/demo-data/demo-data.module';
import { GdprModule } from './modules/gdpr/gdpr.module';
import { DevInboxApiModule } from './modules/dev-inbox/dev-inbox-api.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { IntegrationsModule } from './modules/integrations/integrations.module';
import { LegacyImportModule } from './modules/legacy-import/legacy-import.module';
import { WorkspaceSetupModule } from './modules/workspace-setup/workspace-setup.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { PasswordPolicyModule } from './modules/password-policy/password-policy.module';
import { ParcelsModule } from './modules/parcels/parcels.module';
import { RetentionModule } from './modules/retention/retention.module';
import { SecureMessagesModule } from './modules/secure-messages/secure-messages.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

/** The module graph. The database URL comes from main.ts, which opened the database first. */
@Module({})
export class AppModule {
  static forDatabase(databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: configNamespaces }),
        DatabaseModule.forUrl(databaseUrl),
        MetricsModule,
        PrivacyModule,
        ScheduleModule.forRoot(),
        StorageModule,
        AntivirusModule,
        HealthModule,
        WorkspacesModule,
        AccountsModule,
        AuthModule,
        DemoDataModule,
        OutboxModule,
        AdminAccountsModule,
        AdminAuditModule,
        IdentityModule,
        PasswordPolicyModule,
        IntegrationsModule,
        LegacyImportModule,
        WorkspaceSetupModule,
        ParcelsModule,
        SecureMessagesModule,
        GdprModule,
        CrmModule,
        RetentionModule,
        AnonymizedDumpModule,
        // Absent in production and test: the route does not exist there at all.
        ...(appConfig().mode === 'development' ? [DevInboxApiModule] : []),
      ],
    };
  }
}
