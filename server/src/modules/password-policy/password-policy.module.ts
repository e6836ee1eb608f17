import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AdminPasswordPolicyController } from './admin-password-policy.controller';
import { PasswordHistoryEntity } from './entities/password-history.entity';
import { PasswordPolicyEntity } from './entities/password-policy.entity';
import { NewPasswords } from './new-passwords';
import { PasswordCompliance } from './password-compliance.service';
import { PasswordComplianceController } from './password-compliance.controller';
import { PasswordEvaluator } from './password-evaluator';
import { PasswordHistoryRepository } from './password-history.repository';
import { PasswordPolicies } from './password-policies';
import { PasswordPolicyRepository } from './password-policy.repository';
import { TypeOrmPasswordHistoryRepository } from './typeorm-password-history.repository';
import { TypeOrmPasswordPolicyRepository } from './typeorm-password-policy.repository';

/**
 * PWD-1…PWD-5: each workspace's policy and roll-out mode, the shared evaluator with its word
 * lists (loaded once at start), every new password's judgement and storage with its history, and
 * the compliance audit. Sessions and links are other modules' business: this one needs neither.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PasswordPolicyEntity, PasswordHistoryEntity]),
    AccountsModule,
    AuditModule,
  ],
  controllers: [AdminPasswordPolicyController, PasswordComplianceController],
  providers: [
    PasswordHasher,
    PasswordEvaluator,
    PasswordPolicies,
    NewPasswords,
    PasswordCompliance,
    { provide: PasswordPolicyRepository, useClass: TypeOrmPasswordPolicyRepository },
    { provide: PasswordHistoryRepository, useClass: TypeOrmPasswordHistoryRepository },
  ],
  exports: [PasswordEvaluator, PasswordPolicies, NewPasswords],
})
export class PasswordPolicyModule {}
