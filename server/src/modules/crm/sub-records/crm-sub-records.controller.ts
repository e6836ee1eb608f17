import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type CrmAddress,
  type CrmCommunication,
  type CrmEmail,
  type CrmOpportunity,
  type CrmPhone,
  type CrmRemark,
  Role,
} from '@guichet/contracts';
import { Roles } from '../../../core/http/roles.decorator';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import { ownerOf } from '../crm-owner-of';
import { OwnerItemParams, OwnerParams } from '../dto/owner.params';
import {
  CrmAddressDto,
  CrmCommunicationDto,
  CrmEmailDto,
  CrmOpportunityDto,
  CrmPhoneDto,
  CrmRemarkDto,
} from '../dto/sub-record.dto';
import { CrmSubRecords } from './crm-sub-records.service';

/**
 * Addresses, phones, e-mails, remarks, communications and opportunities of a company, contact
 * or lead (`:owner` = companies, contacts, leads). 404 when the owner or the item is not the
 * caller's workspace's.
 */
@ApiTags('crm')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class CrmSubRecordsController {
  constructor(private readonly subRecords: CrmSubRecords) {}

  @Post(ApiRoutes.crmAddresses)
  @HttpCode(201)
  addAddress(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() body: CrmAddressDto,
  ): Promise<CrmAddress> {
    return this.subRecords.add(actor, ownerOf(actor, params), 'addresses', body);
  }

  @Put(ApiRoutes.crmAddress)
  replaceAddress(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Body() body: CrmAddressDto,
  ): Promise<CrmAddress> {
    return this.subRecords.replace(actor, ownerOf(actor, params), 'addresses', params.itemId, body);
  }

  @Delete(ApiRoutes.crmAddress)
  @HttpCode(204)
  removeAddress(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
  ): Promise<void> {
    return this.subRecords.remove(ownerOf(actor, params), 'addresses', params.itemId);
  }

  @Post(ApiRoutes.crmPhones)
  @HttpCode(201)
  addPhone(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() body: CrmPhoneDto,
  ): Promise<CrmPhone> {
    return this.subRecords.add(actor, ownerOf(actor, params), 'phones', body);
  }

  @Put(ApiRoutes.crmPhone)
  replacePhone(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Body() body: CrmPhoneDto,
  ): Promise<CrmPhone> {
    return this.subRecords.replace(actor, ownerOf(actor, params), 'phones', params.itemId, body);
  }

  @Delete(ApiRoutes.crmPhone)
  @HttpCode(204)
  removePhone(@CurrentCrmActor() actor: CrmActor, @Param() params: OwnerItemParams): Promise<void> {
    return this.subRecords.remove(ownerOf(actor, params), 'phones', params.itemId);
  }

  @Post(ApiRoutes.crmEmails)
  @HttpCode(201)
  addEmail(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() body: CrmEmailDto,
  ): Promise<CrmEmail> {
    return this.subRecords.add(actor, ownerOf(actor, params), 'emails', body);
  }

  @Put(ApiRoutes.crmEmail)
  replaceEmail(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Body() body: CrmEmailDto,
  ): Promise<CrmEmail> {
    return this.subRecords.replace(actor, ownerOf(actor, params), 'emails', params.itemId, body);
  }

  @Delete(ApiRoutes.crmEmail)
  @HttpCode(204)
  removeEmail(@CurrentCrmActor() actor: CrmActor, @Param() params: OwnerItemParams): Promise<void> {
    return this.subRecords.remove(ownerOf(actor, params), 'emails', params.itemId);
  }

  @Post(ApiRoutes.crmRemarks)
  @HttpCode(201)
  addRemark(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() body: CrmRemarkDto,
  ): Promise<CrmRemark> {
    return this.subRecords.add(actor, ownerOf(actor, params), 'remarks', body);
  }

  @Put(ApiRoutes.crmRemark)
  replaceRemark(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Body() body: CrmRemarkDto,
  ): Promise<CrmRemark> {
    return this.subRecords.replace(actor, ownerOf(actor, params), 'remarks', params.itemId, body);
  }

  @Delete(ApiRoutes.crmRemark)
  @HttpCode(204)
  removeRemark(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
  ): Promise<void> {
    return this.subRecords.remove(ownerOf(actor, params), 'remarks', params.itemId);
  }

  @Post(ApiRoutes.crmCommunications)
  @HttpCode(201)
  addCommunication(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() body: CrmCommunicationDto,
  ): Promise<CrmCommunication> {
    return this.subRecords.add(actor, ownerOf(actor, params), 'communications', body);
  }

  @Put(ApiRoutes.crmCommunication)
  replaceCommunication(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Body() body: CrmCommunicationDto,
  ): Promise<CrmCommunication> {
    return this.subRecords.replace(
      actor,
      ownerOf(actor, params),
      'communications',
      params.itemId,
      body,
    );
  }

  @Delete(ApiRoutes.crmCommunication)
  @HttpCode(204)
  removeCommunication(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
  ): Promise<void> {
    return this.subRecords.remove(ownerOf(actor, params), 'communications', params.itemId);
  }

  @Post(ApiRoutes.crmOpportunities)
  @HttpCode(201)
  addOpportunity(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Body() body: CrmOpportunityDto,
  ): Promise<CrmOpportunity> {
    return this.subRecords.add(actor, ownerOf(actor, params), 'opportunities', body);
  }

  @Put(ApiRoutes.crmOpportunity)
  replaceOpportunity(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Body() body: CrmOpportunityDto,
  ): Promise<CrmOpportunity> {
    return this.subRecords.replace(
      actor,
      ownerOf(actor, params),
      'opportunities',
      params.itemId,
      body,
    );
  }

  @Delete(ApiRoutes.crmOpportunity)
  @HttpCode(204)
  removeOpportunity(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
  ): Promise<void> {
    return this.subRecords.remove(ownerOf(actor, params), 'opportunities', params.itemId);
  }
}
