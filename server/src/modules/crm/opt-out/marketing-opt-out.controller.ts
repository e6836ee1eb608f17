import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type MarketingOptOutAnswer, Role } from '@guichet/contracts';
import { Roles } from '../../../core/http/roles.decorator';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import { ownerOf } from '../crm-owner-of';
import { MarketingOptOutDto } from '../dto/crm-search.dto';
import { OwnerParams } from '../dto/owner.params';
import { MarketingOptOuts } from './marketing-opt-outs.service';

/** "Exclure des traitements à des fins marketing" on a company, contact or lead (GDPR-1). */
@ApiTags('crm')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class MarketingOptOutController {
  constructor(private readonly optOuts: MarketingOptOuts) {}

  @Put(ApiRoutes.crmMarketingOptOut)
  async change(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() { optedOut }: MarketingOptOutDto,
  ): Promise<MarketingOptOutAnswer> {
    const author = { source: 'self' as const, accountId: actor.accountId };
    return { marketingOptOut: await this.optOuts.change(ownerOf(actor, params), optedOut, author) };
  }
}
