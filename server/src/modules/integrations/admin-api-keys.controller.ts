import { Body, Controller, Get, HttpCode, Ip, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type ApiKeySummary, ApiRoutes, type CreatedApiKey, Role } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { ApiKeys } from './api-keys.service';
import { ApiKeyIdParams } from './dto/api-key-id.params';
import { NewApiKeyDto } from './dto/new-api-key.dto';

/** The workspace's integration keys (PWD-6), for its admins. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class AdminApiKeysController {
  constructor(private readonly keys: ApiKeys) {}

  @Get(ApiRoutes.adminApiKeys)
  @ApiOkResponse({ description: 'Every key of the workspace, newest first, without secrets' })
  list(@CurrentSession() session: ActiveSession): Promise<ApiKeySummary[]> {
    return this.keys.list(session.workspaceId);
  }

  @Post(ApiRoutes.adminApiKeys)
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The key, and its secret shown this once' })
  @ApiUnprocessableEntityResponse({ description: 'name, scopes, expiresAt keyed by field' })
  @ApiConflictResponse({ description: 'INTEGRATION_TOO_MANY_KEYS' })
  create(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: NewApiKeyDto,
  ): Promise<CreatedApiKey> {
    return this.keys.create({ session, ip }, body);
  }

  @Post(ApiRoutes.adminApiKeyRevoke)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Revoked: its calls answer 401 from now on' })
  @ApiNotFoundResponse({ description: 'No such key in this workspace' })
  revoke(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ApiKeyIdParams,
  ): Promise<ApiKeySummary> {
    return this.keys.revoke({ session, ip }, id);
  }
}
