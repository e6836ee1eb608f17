import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ErpThirdParty } from '@guichet/contracts';
import type { Response } from 'express';
import type { ApiKey } from '../../integrations/api-key';
import { CurrentApiKey, RequireScopes } from '../../integrations/require-scopes.decorator';
import { ErpMarketingOptOutDto, ErpReferenceParams, ErpThirdPartyDto } from '../dto/erp.dto';
import { ErpSync } from './erp-sync.service';

/** Machine routes of the ERP sync (GDPR-1), authenticated by an integration key. */
@ApiTags('integration')
@Controller()
export class ErpIntegrationController {
  constructor(private readonly sync: ErpSync) {}

  @Get(ApiRoutes.integrationCrmThirdParty)
  @RequireScopes('crm:read')
  get(
    @CurrentApiKey() key: ApiKey,
    @Param() { reference }: ErpReferenceParams,
  ): Promise<ErpThirdParty> {
    return this.sync.get(key.workspaceId, reference);
  }

  @Put(ApiRoutes.integrationCrmThirdParty)
  @RequireScopes('crm:write')
  async upsert(
    @CurrentApiKey() key: ApiKey,
    @Param() { reference }: ErpReferenceParams,
    @Body() body: ErpThirdPartyDto,
    @Res() response: Response,
  ): Promise<void> {
    const { created, thirdParty } = await this.sync.upsert(key.workspaceId, reference, body);
    // 201 for a new third party, 200 for an update: Nest's status decorator cannot choose.
    response.status(created ? 201 : 200).json(thirdParty);
  }

  @Put(ApiRoutes.integrationCrmThirdPartyOptOut)
  @RequireScopes('crm:write')
  setOptOut(
    @CurrentApiKey() key: ApiKey,
    @Param() { reference }: ErpReferenceParams,
    @Body() { optedOut }: ErpMarketingOptOutDto,
  ): Promise<ErpThirdParty> {
    return this.sync.setOptOut(key.workspaceId, reference, optedOut);
  }
}
