import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { SecretBox } from '../../core/crypto/secret-box';
import { CsrfGuard } from '../../core/http/csrf';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CaptchaModule } from '../captcha/captcha.module';
import { OtpModule } from '../otp/otp.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PasswordPolicyModule } from '../password-policy/password-policy.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialCheck } from './credential-check';
import { AccountSecondFactorEntity } from './entities/account-second-factor.entity';
import { RecoveryCodeEntity } from './entities/recovery-code.entity';
import { SessionEntity } from './entities/session.entity';
import { PasswordReconfirmation } from './password-reconfirmation';
import { ProfileMobileService } from './profile-mobile.service';
import { ProfileSecurityController } from './profile-security.controller';
import { ProfileSecurityService } from './profile-security.service';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { SecondFactorSignIn } from './second-factor/second-factor-sign-in';
import { SecondFactorRepository } from './second-factor/second-factor.repository';
import { SecondFactors } from './second-factor/second-factors';
import { SmsCodeSender } from './second-factor/sms-code-sender';
import { TypeOrmSecondFactorRepository } from './second-factor/typeorm-second-factor.repository';
import { SignInThrottleEntity } from './entities/sign-in-throttle.entity';
import { SessionGuard } from './session.guard';
import { SessionCookies } from './session-cookies';
import { SessionInfoBuilder } from './session-info';
import { SignInPasswordReview } from './sign-in-password-review';
import { SessionRepository } from './session.repository';
import { SecurityNotices } from './security-notices';
import { Sessions } from './sessions';
import { SignInService } from './sign-in.service';
import { SignInThrottle } from './sign-in-throttle';
import { SignInLookupRepository } from './sign-in-lookup.repository';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { TypeOrmSessionRepository } from './typeorm-session.repository';
import { TypeOrmSignInLookupRepository } from './typeorm-sign-in-lookup.repository';
import { TypeOrmSignInThrottleRepository } from './typeorm-sign-in-throttle.repository';

/**
 * AUTH-1…AUTH-7: sign-in, server-side sessions, CSRF. Its guards are global: CSRF first, then
 * the session (routes are private unless `@Public()`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SessionEntity,
      SignInThrottleEntity,
      AccountSecondFactorEntity,
      RecoveryCodeEntity,
    ]),
    AccountsModule,
    WorkspacesModule,
    AuditModule,
    CaptchaModule,
    OtpModule,
    OutboxModule,
    PasswordPolicyModule,
  ],
  controllers: [AuthController, ProfileController, ProfileSecurityController],
  providers: [
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: SessionGuard },
    AuthService,
    SignInService,
    Sessions,
    SessionInfoBuilder,
    SessionCookies,
    SignInPasswordReview,
    SignInThrottle,
    CredentialCheck,
    PasswordHasher,
    SecretBox,
    SecondFactors,
    SecondFactorSignIn,
    SmsCodeSender,
    PasswordReconfirmation,
    ProfileService,
    ProfileMobileService,
    ProfileSecurityService,
    SecurityNotices,
    { provide: SecondFactorRepository, useClass: TypeOrmSecondFactorRepository },
    { provide: SessionRepository, useClass: TypeOrmSessionRepository },
    { provide: SignInThrottleRepository, useClass: TypeOrmSignInThrottleRepository },
    { provide: SignInLookupRepository, useClass: TypeOrmSignInLookupRepository },
  ],
  exports: [
    Sessions,
    SessionCookies,
    SessionInfoBuilder,
    SmsCodeSender,
    SecondFactors,
    SecurityNotices,
    SignInThrottle,
    CredentialCheck,
  ],
})
export class AuthModule {}
