import { Controller, Get } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiRoutes, type IntegrationIdentity } from '@guichet/contracts';
import type { ApiKey } from './api-key';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { CurrentApiKey, RequireScopes } from './require-scopes.decorator';

/** Machine routes of integrations (PWD-6), authenticated by `Authorization: Bearer gch_…`. */
@ApiTags('integration')
@Controller()
export class IntegrationController {
  constructor(private readonly authenticator: ApiKeyAuthenticator) {}

  @Get(ApiRoutes.integrationWhoami)
  @RequireScopes()
  @ApiOkResponse({ description: "The key's workspace, name and scopes" })
  @ApiUnauthorizedResponse({ description: 'INTEGRATION_KEY_INVALID: unknown, revoked or expired' })
  @ApiForbiddenResponse({ description: 'INTEGRATION_SCOPE_MISSING (routes that need a scope)' })
  whoami(@CurrentApiKey() key: ApiKey): Promise<IntegrationIdentity> {
    return this.authenticator.identify(key);
  }
}
