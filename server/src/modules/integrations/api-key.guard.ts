import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiKeyScope } from '@guichet/contracts';
import type { Request } from 'express';
import type { ApiKey } from './api-key';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { REQUIRED_SCOPES } from './required-scopes';

/** A request once the API key guard has looked at it. */
export interface ApiKeyRequest extends Request {
  guichetApiKey?: ApiKey;
}

/** The guard behind `@RequireScopes()`: see {@link ApiKeyAuthenticator}. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ApiKeyRequest>();
    const scopes =
      this.reflector.getAllAndOverride<ApiKeyScope[]>(REQUIRED_SCOPES, [
        context.getHandler(),
        context.getClass(),
      ]) ?? [];
    request.guichetApiKey = await this.authenticator.authenticate(
      request.headers.authorization,
      scopes,
      request.ip ?? request.socket.remoteAddress ?? 'unknown',
    );
    return true;
  }
}
