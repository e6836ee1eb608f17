import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AdminApiKeysController } from './admin-api-keys.controller';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeys } from './api-keys.service';
import { ApiKeyEntity } from './entities/api-key.entity';
import { IntegrationController } from './integration.controller';
import { TypeOrmApiKeyRepository } from './typeorm-api-key.repository';

/**
 * PWD-6: integration keys and the machine routes they open. A module that adds machine routes
 * imports this one and decorates them with `@RequireScopes(...)`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ApiKeyEntity]),
    AccountsModule,
    AuditModule,
    WorkspacesModule,
  ],
  controllers: [AdminApiKeysController, IntegrationController],
  providers: [
    ApiKeys,
    ApiKeyAuthenticator,
    ApiKeyGuard,
    { provide: ApiKeyRepository, useClass: TypeOrmApiKeyRepository },
  ],
  exports: [ApiKeyAuthenticator, ApiKeyGuard],
})
export class IntegrationsModule {}
