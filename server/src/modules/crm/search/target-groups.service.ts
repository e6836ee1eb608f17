import { Injectable } from '@nestjs/common';
import type {
  CrmPage,
  CrmTargetGroup,
  CrmTargetGroupRequest,
  CrmTargetMember,
} from '@guichet/contracts';
import { type CrmActor, crmNotFound } from '../crm-actor';
import { MarketingAudience } from './marketing-audience.service';
import { TargetGroupRepository } from './target-group.repository';

/** Target groups ("listes cibles"): saved criteria whose members never include opted-out records. */
@Injectable()
export class TargetGroups {
  constructor(
    private readonly repository: TargetGroupRepository,
    private readonly audience: MarketingAudience,
  ) {}

  list(actor: CrmActor): Promise<CrmTargetGroup[]> {
    return this.repository.list(actor.workspaceId);
  }

  async get(actor: CrmActor, id: string): Promise<CrmTargetGroup> {
    const group = await this.repository.find(actor.workspaceId, id);
    if (!group) throw crmNotFound();
    return group;
  }

  async create(actor: CrmActor, request: CrmTargetGroupRequest): Promise<CrmTargetGroup> {
    const id = await this.repository.insert(actor.workspaceId, actor.accountId, request);
    return this.get(actor, id);
  }

  async update(
    actor: CrmActor,
    id: string,
    request: CrmTargetGroupRequest,
  ): Promise<CrmTargetGroup> {
    if (!(await this.repository.update(actor.workspaceId, id, request))) throw crmNotFound();
    return this.get(actor, id);
  }

  async delete(actor: CrmActor, id: string): Promise<void> {
    if (!(await this.repository.delete(actor.workspaceId, id))) throw crmNotFound();
  }

  async members(actor: CrmActor, id: string, page: number): Promise<CrmPage<CrmTargetMember>> {
    const group = await this.get(actor, id);
    return this.audience.page(actor, group.entity, group.criteria, page);
  }

  async export(
    actor: CrmActor,
    id: string,
  ): Promise<{ name: string; lines: AsyncGenerator<string> }> {
    const group = await this.get(actor, id);
    return { name: group.name, lines: this.audience.csv(actor, group.entity, group.criteria) };
  }
}
