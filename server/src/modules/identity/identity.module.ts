import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { PublicLinks } from '../../core/http/public-links';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CaptchaModule } from '../captcha/captcha.module';
import { OtpModule } from '../otp/otp.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PasswordPolicyModule } from '../password-policy/password-policy.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AdminIdentityReviewsController } from './admin-identity-reviews.controller';
import { ContactCheck } from './contact-check.service';
import { EmailSteps } from './email-steps.service';
import { IdentityFlowEntity } from './entities/identity-flow.entity';
import { IdentityReviewEntity } from './entities/identity-review.entity';
import { PasswordSetLinkEntity } from './entities/password-set-link.entity';
import { FirstConnection } from './first-connection.service';
import { FlowCookie } from './flow-cookie';
import { FlowEndings } from './flow-endings';
import { ForgottenCredentials } from './forgotten-credentials.service';
import { IdentityController } from './identity.controller';
import { IdentityFlowRepository } from './identity-flow.repository';
import { IdentityFlows } from './identity-flows';
import { IdentityReviewRepository } from './identity-review.repository';
import { IdentityReviews } from './identity-reviews';
import { LegacyMigration } from './legacy-migration.service';
import { PasswordLinkController } from './password-link.controller';
import { PasswordChange } from './password-change.service';
import { PasswordChangeController } from './password-change.controller';
import { PasswordChangedNotice } from './password-changed-notice';
import { PasswordLinks } from './password-links';
import { PasswordSetLinkRepository } from './password-set-link.repository';
import { PasswordSetting } from './password-setting.service';
import { TypeOrmIdentityFlowRepository } from './typeorm-identity-flow.repository';
import { TypeOrmIdentityReviewRepository } from './typeorm-identity-review.repository';
import { TypeOrmPasswordSetLinkRepository } from './typeorm-password-set-link.repository';
import { WorkspaceChoice } from './workspace-choice';

/**
 * Identity verification (IDV-2…IDV-8): the wizards' server-side flows, password-set links and
 * the admin verification queue. Exports the links, which invitations send.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PasswordSetLinkEntity, IdentityFlowEntity, IdentityReviewEntity]),
    AccountsModule,
    WorkspacesModule,
    AuditModule,
    AuthModule,
    CaptchaModule,
    OtpModule,
    OutboxModule,
    PasswordPolicyModule,
  ],
  controllers: [
    IdentityController,
    PasswordLinkController,
    PasswordChangeController,
    AdminIdentityReviewsController,
  ],
  providers: [
    PasswordHasher,
    PublicLinks,
    FlowCookie,
    WorkspaceChoice,
    PasswordLinks,
    PasswordSetting,
    PasswordChange,
    PasswordChangedNotice,
    IdentityFlows,
    FlowEndings,
    FirstConnection,
    LegacyMigration,
    EmailSteps,
    ContactCheck,
    ForgottenCredentials,
    IdentityReviews,
    { provide: PasswordSetLinkRepository, useClass: TypeOrmPasswordSetLinkRepository },
    { provide: IdentityFlowRepository, useClass: TypeOrmIdentityFlowRepository },
    { provide: IdentityReviewRepository, useClass: TypeOrmIdentityReviewRepository },
  ],
  exports: [PasswordLinks],
})
export class IdentityModule {}
