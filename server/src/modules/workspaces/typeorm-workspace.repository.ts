import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { WorkspaceEntity } from './entities/workspace.entity';
import type { Workspace, WorkspaceSettings } from './workspace';
import { WorkspaceRepository } from './workspace.repository';

const toWorkspace = ({
  id,
  slug,
  name,
  idleTimeoutMinutes,
  smsOtpEnabled,
  otpValidMinutes,
}: WorkspaceEntity): Workspace => ({
  id,
  slug,
  name,
  idleTimeoutMinutes,
  smsOtpEnabled,
  otpValidMinutes,
});

@Injectable()
export class TypeOrmWorkspaceRepository extends WorkspaceRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async findBySlug(slug: string): Promise<Workspace | null> {
    const found = await this.workspaces().findOneBy({ slug });
    return found && toWorkspace(found);
  }

  async findById(id: string): Promise<Workspace | null> {
    const found = await this.workspaces().findOneBy({ id });
    return found && toWorkspace(found);
  }

  async findSole(): Promise<Workspace | null> {
    const two = await this.workspaces().find({ take: 2, order: { createdAt: 'ASC' } });
    return two.length === 1 ? toWorkspace(two[0]!) : null;
  }

  async create(slug: string, settings: WorkspaceSettings & { name: string }): Promise<Workspace> {
    const saved = await this.workspaces().save(this.workspaces().create({ slug, ...settings }));
    return toWorkspace(saved);
  }

  async update(id: string, settings: WorkspaceSettings): Promise<Workspace> {
    if (Object.keys(settings).length > 0) await this.workspaces().update({ id }, settings);
    const found = await this.workspaces().findOneByOrFail({ id });
    return toWorkspace(found);
  }

  private workspaces() {
    return this.context.manager().getRepository(WorkspaceEntity);
  }
}
