import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CRM_ENTITIES } from './entities';

/** The CRM (GDPR-1, GDPR-7): companies, contacts, leads, third parties and what hangs off them. */
@Module({
  imports: [TypeOrmModule.forFeature(CRM_ENTITIES)],
})
export class CrmModule {}
