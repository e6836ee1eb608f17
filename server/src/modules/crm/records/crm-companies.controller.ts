import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type CrmCompanyDetail,
  type CrmCompanySummary,
  type CrmPage,
  Role,
} from '@guichet/contracts';
import { Roles } from '../../../core/http/roles.decorator';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import { CrmCompanyDto, CrmCompanyUpdateDto } from '../dto/crm-record.dto';
import { CrmListQueryDto } from '../dto/crm-search.dto';
import { RecordIdParams } from '../dto/owner.params';
import { CrmLists } from '../search/crm-lists.service';
import { CrmCompanies } from './crm-companies.service';
import { CrmRecordRemoval } from './crm-record-removal.service';

/** Companies, and the third parties among them. Staff and admins of the workspace; anyone else gets 404. */
@ApiTags('crm')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class CrmCompaniesController {
  constructor(
    private readonly companies: CrmCompanies,
    private readonly lists: CrmLists,
    private readonly removal: CrmRecordRemoval,
  ) {}

  @Get(ApiRoutes.crmCompanies)
  list(
    @CurrentCrmActor() actor: CrmActor,
    @Query() query: CrmListQueryDto,
  ): Promise<CrmPage<CrmCompanySummary>> {
    return this.lists.companies(actor, query);
  }

  @Get(ApiRoutes.crmThirdParties)
  thirdParties(
    @CurrentCrmActor() actor: CrmActor,
    @Query() query: CrmListQueryDto,
  ): Promise<CrmPage<CrmCompanySummary>> {
    return this.lists.thirdParties(actor, query);
  }

  @Post(ApiRoutes.crmCompanies)
  @HttpCode(201)
  create(
    @CurrentCrmActor() actor: CrmActor,
    @Body() body: CrmCompanyDto,
  ): Promise<CrmCompanyDetail> {
    return this.companies.create(actor, body);
  }

  @Get(ApiRoutes.crmCompany)
  detail(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
  ): Promise<CrmCompanyDetail> {
    return this.companies.detail(actor, id);
  }

  @Patch(ApiRoutes.crmCompany)
  update(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
    @Body() body: CrmCompanyUpdateDto,
  ): Promise<CrmCompanyDetail> {
    return this.companies.update(actor, id, body);
  }

  @Delete(ApiRoutes.crmCompany)
  @HttpCode(204)
  delete(@CurrentCrmActor() actor: CrmActor, @Param() { id }: RecordIdParams): Promise<void> {
    return this.removal.remove({ workspaceId: actor.workspaceId, kind: 'company', id });
  }
}
