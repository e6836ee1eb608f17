import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type CrmPage,
  type CrmPreferences,
  type CrmTargetGroup,
  type CrmTargetMember,
} from '@guichet/contracts';
import type { Response } from 'express';
import { contentDisposition } from '../../parcels/download/content-response';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import {
  CrmMarketingExportQueryDto,
  CrmPreferencesDto,
  CrmTargetGroupDto,
  MembersQueryDto,
} from '../dto/crm-search.dto';
import { RecordIdParams } from '../dto/owner.params';
import { CrmPreferencesService } from './crm-preferences.service';
import { MarketingAudience } from './marketing-audience.service';
import { TargetGroups } from './target-groups.service';

/** Sends CSV lines as a download named `<name>.csv`. */
async function sendCsv(
  response: Response,
  name: string,
  lines: AsyncIterable<string>,
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', contentDisposition('attachment', `${name}.csv`));
  response.setHeader('Cache-Control', 'private, no-store');
  await pipeline(Readable.from(lines), response);
}

/**
 * Target groups, marketing exports and the user's CRM preferences (GDPR-1). Members and exports
 * never include opted-out records, whatever the request says.
 */
@ApiTags('crm')
@Controller()
export class CrmMarketingController {
  constructor(
    private readonly groups: TargetGroups,
    private readonly audience: MarketingAudience,
    private readonly preferences: CrmPreferencesService,
  ) {}

  @Get(ApiRoutes.crmTargetGroups)
  list(@CurrentCrmActor() actor: CrmActor): Promise<CrmTargetGroup[]> {
    return this.groups.list(actor);
  }

  @Post(ApiRoutes.crmTargetGroups)
  @HttpCode(201)
  create(
    @CurrentCrmActor() actor: CrmActor,
    @Body() body: CrmTargetGroupDto,
  ): Promise<CrmTargetGroup> {
    return this.groups.create(actor, body);
  }

  @Get(ApiRoutes.crmTargetGroup)
  get(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
  ): Promise<CrmTargetGroup> {
    return this.groups.get(actor, id);
  }

  @Put(ApiRoutes.crmTargetGroup)
  update(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
    @Body() body: CrmTargetGroupDto,
  ): Promise<CrmTargetGroup> {
    return this.groups.update(actor, id, body);
  }

  @Delete(ApiRoutes.crmTargetGroup)
  @HttpCode(204)
  delete(@CurrentCrmActor() actor: CrmActor, @Param() { id }: RecordIdParams): Promise<void> {
    return this.groups.delete(actor, id);
  }

  @Get(ApiRoutes.crmTargetGroupMembers)
  members(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
    @Query() { page = 1 }: MembersQueryDto,
  ): Promise<CrmPage<CrmTargetMember>> {
    return this.groups.members(actor, id, page);
  }

  @Get(ApiRoutes.crmTargetGroupExport)
  @ApiProduces('text/csv')
  async exportGroup(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
    @Res() response: Response,
  ): Promise<void> {
    const { name, lines } = await this.groups.export(actor, id);
    await sendCsv(response, name, lines);
  }

  @Get(ApiRoutes.crmMarketingExport)
  @ApiProduces('text/csv')
  async export(
    @CurrentCrmActor() actor: CrmActor,
    // `excludeMarketingOptOut` is dropped here: an export for marketing never holds opt-outs.
    @Query() { entity, excludeMarketingOptOut: _ignored, ...criteria }: CrmMarketingExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, `marketing-${entity}`, this.audience.csv(actor, entity, criteria));
  }

  @Get(ApiRoutes.crmPreferences)
  getPreferences(@CurrentCrmActor() actor: CrmActor): Promise<CrmPreferences> {
    return this.preferences.of(actor);
  }

  @Put(ApiRoutes.crmPreferences)
  savePreferences(
    @CurrentCrmActor() actor: CrmActor,
    @Body() body: CrmPreferencesDto,
  ): Promise<CrmPreferences> {
    return this.preferences.save(actor, body);
  }
}
