import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountRepository } from './account.repository';
import { Accounts } from './accounts';
import { AccountEntity } from './entities/account.entity';
import { TypeOrmAccountRepository } from './typeorm-account.repository';

/** People who sign in. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
  providers: [Accounts, { provide: AccountRepository, useClass: TypeOrmAccountRepository }],
  exports: [Accounts],
})
export class AccountsModule {}
