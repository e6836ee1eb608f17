import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkspaceEntity } from './entities/workspace.entity';
import { TypeOrmWorkspaceRepository } from './typeorm-workspace.repository';
import { WorkspaceRepository } from './workspace.repository';
import { Workspaces } from './workspaces';

/** Firms (tenants). */
@Module({
  imports: [TypeOrmModule.forFeature([WorkspaceEntity])],
  providers: [Workspaces, { provide: WorkspaceRepository, useClass: TypeOrmWorkspaceRepository }],
  exports: [Workspaces],
})
export class WorkspacesModule {}
