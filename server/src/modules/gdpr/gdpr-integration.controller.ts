import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ErpErasureResult } from '@guichet/contracts';
import type { ApiKey } from '../integrations/api-key';
import { CurrentApiKey, RequireScopes } from '../integrations/require-scopes.decorator';
import { ErpErasureRequestDto } from './dto/erp-erasure-request.dto';
import { ErpErasure } from './erasure/erp-erasure.service';

/** The ERP's side of erasure (GDPR-2): it erased a third party, Guichet follows. */
@ApiTags('integration')
@Controller()
export class GdprIntegrationController {
  constructor(private readonly erp: ErpErasure) {}

  @Post(ApiRoutes.integrationErasures)
  @HttpCode(200)
  @RequireScopes('gdpr:write')
  @ApiOkResponse({ description: 'The records linked to that reference, erased (none: empty list)' })
  erase(
    @CurrentApiKey() key: ApiKey,
    @Body() body: ErpErasureRequestDto,
  ): Promise<ErpErasureResult> {
    return this.erp.erase(key.workspaceId, body.externalReference);
  }
}
