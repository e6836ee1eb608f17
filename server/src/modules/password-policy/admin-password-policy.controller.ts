import { Body, Controller, Get, Ip, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiRoutes, Role, type WorkspacePasswordPolicy } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { PasswordPolicyUpdateDto } from './dto/password-policy-update.dto';
import { PasswordPolicies } from './password-policies';

/** The workspace's password policy and its roll-out mode (PWD-1, PWD-2), for its admins. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class AdminPasswordPolicyController {
  constructor(private readonly policies: PasswordPolicies) {}

  @Get(ApiRoutes.adminPasswordPolicy)
  @ApiOkResponse({ description: 'The policy, its mode and version' })
  policy(@CurrentSession() session: ActiveSession): Promise<WorkspacePasswordPolicy> {
    return this.policies.describe(session.workspaceId);
  }

  @Put(ApiRoutes.adminPasswordPolicy)
  @ApiOkResponse({ description: 'Saved; the version went up if the rules changed' })
  @ApiUnprocessableEntityResponse({
    description: 'Out of limits, keyed by field (policy.minLength…)',
  })
  update(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: PasswordPolicyUpdateDto,
  ): Promise<WorkspacePasswordPolicy> {
    return this.policies.update({ session, ip }, body);
  }
}
