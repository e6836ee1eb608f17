import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { GdprModule } from '../gdpr/gdpr.module';
import { IdentityModule } from '../identity/identity.module';
import { PasswordPolicyModule } from '../password-policy/password-policy.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AccountAccess } from './account-access.service';
import { AccountManagerAssignment } from './account-manager-assignment.service';
import { AccountCreation } from './account-creation.service';
import { AdminAccountList } from './admin-account-list.service';
import { AdminAccountsController } from './admin-accounts.controller';
import { SecondFactorReset } from './second-factor-reset.service';
import { TemporaryPasswords } from './temporary-passwords.service';

/**
 * The admin's account list, account creation with its invitation (IDV-8), and hold on sign-in
 * (lock, unlock, sign out everywhere, second-factor reset). A module of
 * its own: it needs AuthModule's sessions, and AuthModule already imports AccountsModule.
 */
@Module({
  imports: [
    AccountsModule,
    AuthModule,
    AuditModule,
    GdprModule,
    IdentityModule,
    PasswordPolicyModule,
    WorkspacesModule,
  ],
  controllers: [AdminAccountsController],
  providers: [
    AdminAccountList,
    AccountAccess,
    AccountCreation,
    TemporaryPasswords,
    AccountManagerAssignment,
    SecondFactorReset,
  ],
})
export class AdminAccountsModule {}
