import { Module } from '@nestjs/common';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { DemoDataRepository } from './demo-data.repository';
import { DemoDataService } from './demo-data.service';
import { TypeOrmDemoDataRepository } from './typeorm-demo-data.repository';

@Module({
  providers: [
    DemoDataService,
    PasswordHasher,
    { provide: DemoDataRepository, useClass: TypeOrmDemoDataRepository },
  ],
  exports: [DemoDataService],
})
export class DemoDataModule {}
