import { Body, Controller, Get, HttpCode, Ip, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  type AdminAccountPage,
  type AdminAccountSummary,
  ApiRoutes,
  type CreatedAccount,
  Role,
  type TemporaryPasswordResult,
} from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { AccountAccess } from './account-access.service';
import { AccountManagerAssignment } from './account-manager-assignment.service';
import { AccountCreation } from './account-creation.service';
import { AdminAccountList } from './admin-account-list.service';
import { AccountIdParams } from './dto/account-id.params';
import { AccountManagerDto } from './dto/account-manager.dto';
import { AdminAccountQueryDto } from './dto/admin-account-query.dto';
import { NewAccountDto } from './dto/new-account.dto';
import { SecondFactorReset } from './second-factor-reset.service';
import { TemporaryPasswords } from './temporary-passwords.service';

/** The firm's accounts, for its admins only; always within the admin's own workspace. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class AdminAccountsController {
  constructor(
    private readonly list: AdminAccountList,
    private readonly access: AccountAccess,
    private readonly creation: AccountCreation,
    private readonly temporaryPasswords: TemporaryPasswords,
    private readonly managers: AccountManagerAssignment,
    private readonly secondFactorReset: SecondFactorReset,
  ) {}

  @Get(ApiRoutes.adminAccounts)
  @ApiOkResponse({ description: 'A page of accounts sorted by last name (50 per page)' })
  @ApiUnprocessableEntityResponse({ description: 'A bad filter or cursor, keyed by field' })
  accounts(
    @CurrentSession() session: ActiveSession,
    @Query() query: AdminAccountQueryDto,
  ): Promise<AdminAccountPage> {
    return this.list.page(session.workspaceId, query);
  }

  @Post(ApiRoutes.adminAccounts)
  @HttpCode(201)
  @ApiCreatedResponse({
    description: 'Created; an invitation is on its way, or the temporary password is answered once',
  })
  @ApiConflictResponse({
    description:
      'ADMIN_ACCESS_CODE_TAKEN, ADMIN_EMAIL_TAKEN; GDPR_ERASED_BEFORE on `email` or `mobile`',
  })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields, keyed by field' })
  create(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: NewAccountDto,
  ): Promise<CreatedAccount> {
    return this.creation.create({ session, ip }, body);
  }

  @Post(ApiRoutes.adminAccountTemporaryPassword)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The temporary password, answered once; sessions and links ended' })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  @ApiConflictResponse({ description: 'ADMIN_OWN_TEMPORARY_PASSWORD' })
  temporaryPassword(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
  ): Promise<TemporaryPasswordResult> {
    return this.temporaryPasswords.regenerate({ session, ip }, id);
  }

  @Get(ApiRoutes.adminAccount)
  @ApiOkResponse({ description: 'One account, as the list shows it' })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  account(
    @CurrentSession() session: ActiveSession,
    @Param() { id }: AccountIdParams,
  ): Promise<AdminAccountSummary> {
    return this.list.one(session.workspaceId, id);
  }

  @Post(ApiRoutes.adminAccountLock)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Locked: its sessions are over and it cannot sign in' })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  @ApiConflictResponse({ description: 'ADMIN_CANNOT_LOCK_SELF' })
  lock(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
  ): Promise<AdminAccountSummary> {
    return this.access.lock({ session, ip }, id);
  }

  @Post(ApiRoutes.adminAccountUnlock)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Unlocked: it may sign in again' })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  unlock(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
  ): Promise<AdminAccountSummary> {
    return this.access.unlock({ session, ip }, id);
  }

  @Post(ApiRoutes.adminAccountSignOutEverywhere)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every session of the account is over' })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  signOutEverywhere(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
  ): Promise<void> {
    return this.access.signOutEverywhere({ session, ip }, id);
  }

  @Post(ApiRoutes.adminAccountSecondFactorReset)
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Second factors and recovery codes gone, sessions ended, the owner mailed',
  })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  @ApiConflictResponse({ description: 'ADMIN_OWN_SECOND_FACTOR_RESET' })
  resetSecondFactor(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
  ): Promise<void> {
    return this.secondFactorReset.reset({ session, ip }, id);
  }

  @Put(ApiRoutes.adminAccountManager)
  @ApiOkResponse({ description: 'The client, with the account manager who receives its parcels' })
  @ApiNotFoundResponse({ description: 'No such account in this workspace' })
  @ApiUnprocessableEntityResponse({ description: 'Not a client, or not a possible manager' })
  assignManager(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
    @Body() body: AccountManagerDto,
  ): Promise<AdminAccountSummary> {
    return this.managers.assign({ session, ip }, id, body.accountManagerId);
  }
}
