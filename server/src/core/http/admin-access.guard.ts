import { type CanActivate, Inject, Injectable } from '@nestjs/common';
import { CommonErrorCode } from '@guichet/contracts';
import { appConfig, type AppConfig } from '../config/app.config';
import { AppError } from './app-error';

/**
 * Stands in for the admin role check until sessions exist (AUTH issue): the admin API answers in
 * development mode only, where the whole machine belongs to the developer, and refuses
 * everywhere else. The AUTH issue replaces it with a session + role + workspace guard.
 */
@Injectable()
export class AdminAccessGuard implements CanActivate {
  constructor(@Inject(appConfig.KEY) private readonly app: AppConfig) {}

  canActivate(): boolean {
    if (this.app.mode === 'development') return true;
    throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in as an admin');
  }
}
