import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OtpChallengeEntity } from './entities/otp-challenge.entity';
import { OtpChallenges } from './otp-challenges';
import { OtpRepository } from './otp.repository';
import { TypeOrmOtpRepository } from './typeorm-otp.repository';

/** One-time codes; the caller sends them (outbox) and says which flow they prove. */
@Module({
  imports: [TypeOrmModule.forFeature([OtpChallengeEntity])],
  providers: [OtpChallenges, { provide: OtpRepository, useClass: TypeOrmOtpRepository }],
  exports: [OtpChallenges],
})
export class OtpModule {}
