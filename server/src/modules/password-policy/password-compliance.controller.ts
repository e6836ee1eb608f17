import { Controller, Get, HttpCode, Ip, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type PasswordComplianceReport,
  type PasswordRepairResult,
  Role,
} from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import { AccountIdParams } from '../admin-accounts/dto/account-id.params';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { PasswordComplianceQueryDto } from './dto/password-compliance-query.dto';
import { PasswordCompliance } from './password-compliance.service';

/** « Niveau de sécurité mot de passe » (PWD-4): accounts below the policy, and their repair. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class PasswordComplianceController {
  constructor(private readonly compliance: PasswordCompliance) {}

  @Get(ApiRoutes.adminPasswordCompliance)
  @ApiOkResponse({ description: 'Accounts below the policy, with reasons (100 per page)' })
  report(
    @CurrentSession() session: ActiveSession,
    @Query() query: PasswordComplianceQueryDto,
  ): Promise<PasswordComplianceReport> {
    return this.compliance.report(session.workspaceId, query);
  }

  @Post(ApiRoutes.adminPasswordComplianceRepairAll)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Every listed account must change its password at next sign-in' })
  repairAll(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
  ): Promise<PasswordRepairResult> {
    return this.compliance.repairAll({ session, ip });
  }

  @Post(ApiRoutes.adminPasswordComplianceRepair)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The account must change its password at next sign-in' })
  @ApiNotFoundResponse({ description: 'No account with a password by this id in this workspace' })
  @ApiConflictResponse({ description: 'PASSWORD_POLICY_ACCOUNT_COMPLIANT' })
  repairOne(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: AccountIdParams,
  ): Promise<PasswordRepairResult> {
    return this.compliance.repairOne({ session, ip }, id);
  }
}
