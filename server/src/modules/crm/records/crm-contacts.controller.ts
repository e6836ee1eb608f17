import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type CrmContactDetail,
  type CrmContactSummary,
  type CrmPage,
  Role,
} from '@guichet/contracts';
import { Roles } from '../../../core/http/roles.decorator';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import { CrmContactDto, CrmContactUpdateDto } from '../dto/crm-record.dto';
import { CrmListQueryDto } from '../dto/crm-search.dto';
import { RecordIdParams } from '../dto/owner.params';
import { CrmLists } from '../search/crm-lists.service';
import { CrmContacts } from './crm-contacts.service';
import { CrmRecordRemoval } from './crm-record-removal.service';

/** Contacts. Staff and admins of the workspace; anyone else gets 404. */
@ApiTags('crm')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class CrmContactsController {
  constructor(
    private readonly contacts: CrmContacts,
    private readonly lists: CrmLists,
    private readonly removal: CrmRecordRemoval,
  ) {}

  @Get(ApiRoutes.crmContacts)
  list(
    @CurrentCrmActor() actor: CrmActor,
    @Query() query: CrmListQueryDto,
  ): Promise<CrmPage<CrmContactSummary>> {
    return this.lists.contacts(actor, query);
  }

  @Post(ApiRoutes.crmContacts)
  @HttpCode(201)
  create(
    @CurrentCrmActor() actor: CrmActor,
    @Body() body: CrmContactDto,
  ): Promise<CrmContactDetail> {
    return this.contacts.create(actor, body);
  }

  @Get(ApiRoutes.crmContact)
  detail(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
  ): Promise<CrmContactDetail> {
    return this.contacts.detail(actor, id);
  }

  @Patch(ApiRoutes.crmContact)
  update(
    @CurrentCrmActor() actor: CrmActor,
    @Param() { id }: RecordIdParams,
    @Body() body: CrmContactUpdateDto,
  ): Promise<CrmContactDetail> {
    return this.contacts.update(actor, id, body);
  }

  @Delete(ApiRoutes.crmContact)
  @HttpCode(204)
  delete(@CurrentCrmActor() actor: CrmActor, @Param() { id }: RecordIdParams): Promise<void> {
    return this.removal.remove({ workspaceId: actor.workspaceId, kind: 'contact', id });
  }
}
