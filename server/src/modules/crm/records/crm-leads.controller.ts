import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type CrmLeadDetail,
  type CrmLeadSummary,
  type CrmPage,
  Role,
} from '@guichet/contracts';
import { Roles } from '../../../core/http/roles.decorator';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import { CrmLeadDto, CrmLeadUpdateDto } from '../dto/crm-record.dto';
import { CrmListQueryDto } from '../dto/crm-search.dto';
import { RecordIdParams } from '../dto/owner.params';
import { CrmLists } from '../search/crm-lists.service';
import { CrmLeads } from './crm-leads.service';
import { CrmRecordRemoval } from './crm-record-removal.service';

/** Leads. Staff and admins of the workspace; anyone else gets 404. */
@ApiTags('crm')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class CrmLeadsController {
  constructor(
    private readonly leads: CrmLeads,
    private readonly lists: CrmLists,
    private readonly removal: CrmRecordRemoval,
  ) {}

  @Get(ApiRoutes.crmLeads)
  list(
    @CurrentCrmActor() actor: CrmActor,
    @Query() query: CrmListQueryDto,
  ): Promise<CrmPage<CrmLeadSummary>> {
    return this.lists.leads(actor, query);
  }

  @Post(ApiRoutes.crmLeads)
  @HttpCode(201)
  create(@CurrentCrmActor() actor: CrmActor, @Body() body: CrmLeadDto): Promise<CrmLeadDetail> {
    return this.leads.create(actor, body);
  }

  @Get(ApiRoutes.crmLead)
  detail(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
  ): Promise<CrmLeadDetail> {
    return this.leads.detail(actor, id);
  }

  @Patch(ApiRoutes.crmLead)
  update(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
    @Body() body: CrmLeadUpdateDto,
  ): Promise<CrmLeadDetail> {
    return this.leads.update(actor, id, body);
  }

  @Delete(ApiRoutes.crmLead)
  @HttpCode(204)
  delete(@CurrentCrmActor() actor: CrmActor, @Param() { id }: RecordIdParams): Promise<void> {
    return this.removal.remove({ workspaceId: actor.workspaceId, kind: 'lead', id });
  }
}
