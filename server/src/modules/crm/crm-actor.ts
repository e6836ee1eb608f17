import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { CrmErrorCode, Role } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import type { SessionRequest } from '../auth/session-request';

/** Who acts in the CRM: a staff member or admin of one workspace. */
export interface CrmActor {
  workspaceId: string;
  accountId: string;
}

/**
 * The CRM user of the request: a staff member or admin (the controllers' `@Roles` answer 403 to
 * anyone else; this check keeps a route that would forget it closed, with 404).
 */
export const CurrentCrmActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CrmActor => {
    const session = context.switchToHttp().getRequest<SessionRequest>().guichetSession!;
    if (session.role !== Role.Staff && session.role !== Role.Admin) throw crmNotFound();
    return { workspaceId: session.workspaceId, accountId: session.accountId };
  },
);

/** 404 `CRM_NOT_FOUND`: no such record for this caller, whatever the reason. */
export function crmNotFound(): AppError {
  return new AppError(CrmErrorCode.NotFound, 'No such record');
}
