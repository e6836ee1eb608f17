import { Inject, Injectable } from '@nestjs/common';
import { API_PREFIX } from '@guichet/contracts';
import type { CookieOptions, Request, Response } from 'express';
import { appConfig, type AppConfig } from '../../core/config/app.config';
import { readCookie } from '../../core/http/read-cookie';

/** IDV-7: a flow lives 30 minutes from its start. */
export const FLOW_MINUTES = 30;

/**
 * The cookie that names a browser's identity flow: HttpOnly (scripts never see the token),
 * SameSite=Strict (no other site's page can drive a step), sent to the identity API only.
 */
@Injectable()
export class FlowCookie {
  readonly name = 'guichet_flow';
  private readonly options: CookieOptions;

  constructor(@Inject(appConfig.KEY) app: AppConfig) {
    this.options = {
      httpOnly: true,
      secure: app.publicUrl.startsWith('https:'),
      sameSite: 'strict',
      path: `/${API_PREFIX}/identity`,
    };
  }

  read(request: Request): string | undefined {
    return readCookie(request, this.name);
  }

  set(response: Response, token: string): void {
    response.cookie(this.name, token, { ...this.options, maxAge: FLOW_MINUTES * 60_000 });
  }

  clear(response: Response): void {
    response.clearCookie(this.name, this.options);
  }
}
