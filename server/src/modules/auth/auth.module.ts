import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { CsrfGuard } from '../../core/http/csrf';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CaptchaModule } from '../captcha/captcha.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialCheck } from './credential-check';
import { SessionEntity } from './entities/session.entity';
import { SignInThrottleEntity } from './entities/sign-in-throttle.entity';
import { SessionGuard } from './session.guard';
import { SessionInfoBuilder } from './session-info';
import { SessionRepository } from './session.repository';
import { Sessions } from './sessions';
import { SignInService } from './sign-in.service';
import { SignInThrottle } from './sign-in-throttle';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { TypeOrmSessionRepository } from './typeorm-session.repository';
import { TypeOrmSignInThrottleRepository } from './typeorm-sign-in-throttle.repository';

/**
 * AUTH-1…AUTH-7: sign-in, server-side sessions, CSRF. Its guards are global: CSRF first, then
 * the session (routes are private unless `@Public()`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, SignInThrottleEntity]),
    AccountsModule,
    WorkspacesModule,
    AuditModule,
    CaptchaModule,
  ],
  controllers: [AuthController],
  providers: [
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: SessionGuard },
    AuthService,
    SignInService,
    Sessions,
    SessionInfoBuilder,
    SignInThrottle,
    CredentialCheck,
    PasswordHasher,
    { provide: SessionRepository, useClass: TypeOrmSessionRepository },
    { provide: SignInThrottleRepository, useClass: TypeOrmSignInThrottleRepository },
  ],
  exports: [Sessions],
})
export class AuthModule {}
