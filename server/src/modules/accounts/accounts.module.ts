import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDirectory } from './account-directory';
import { AccountDirectoryRepository } from './account-directory.repository';
import { AccountRepository } from './account.repository';
import { Accounts } from './accounts';
import { AccountEntity } from './entities/account.entity';
import { TypeOrmAccountDirectoryRepository } from './typeorm-account-directory.repository';
import { TypeOrmAccountRepository } from './typeorm-account.repository';

/** People who sign in. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
  providers: [
    Accounts,
    AccountDirectory,
    { provide: AccountRepository, useClass: TypeOrmAccountRepository },
    { provide: AccountDirectoryRepository, useClass: TypeOrmAccountDirectoryRepository },
  ],
  exports: [Accounts, AccountDirectory],
})
export class AccountsModule {}
