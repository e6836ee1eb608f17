import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from './entities/account.entity';

/** People who sign in. Sign-in, invitations and profile come with later issues. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
})
export class AccountsModule {}
