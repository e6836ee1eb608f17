import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkspaceEntity } from './entities/workspace.entity';

/** Firms (tenants). Later issues add their settings and the services that read them. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkspaceEntity])],
})
export class WorkspacesModule {}
