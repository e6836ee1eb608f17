import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { ApiKeyScope } from '@guichet/contracts';
import { MachineRoute } from '../../core/http/machine-route.decorator';
import { Public } from '../../core/http/public.decorator';
import type { ApiKey } from './api-key';
import { ApiKeyGuard, type ApiKeyRequest } from './api-key.guard';
import { REQUIRED_SCOPES } from './required-scopes';

/**
 * A machine route (PWD-6): authenticated by an integration key holding these scopes, never by a
 * session cookie (so no CSRF check either). No scope: any live key of the workspace.
 */
export const RequireScopes = (...scopes: ApiKeyScope[]) =>
  applyDecorators(
    Public(),
    MachineRoute(),
    SetMetadata(REQUIRED_SCOPES, scopes),
    UseGuards(ApiKeyGuard),
    ApiBearerAuth(),
  );

/** The key that authenticated the machine call. */
export const CurrentApiKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ApiKey =>
    context.switchToHttp().getRequest<ApiKeyRequest>().guichetApiKey!,
);
