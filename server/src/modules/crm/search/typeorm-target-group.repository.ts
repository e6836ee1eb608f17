import { Injectable } from '@nestjs/common';
import type { CrmTargetGroup } from '@guichet/contracts';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { CrmTargetGroupEntity } from '../entities/crm-target-group.entity';
import { TargetGroupRepository, type TargetGroupValues } from './target-group.repository';

interface Row {
  id: string;
  name: string;
  entity: CrmTargetGroup['entity'];
  criteria: CrmTargetGroup['criteria'];
  created_at: Date;
  created_by: string | null;
  creator_name: string | null;
}

const toGroup = (row: Row): CrmTargetGroup => ({
  id: row.id,
  name: row.name,
  entity: row.entity,
  criteria: row.criteria,
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
});

@Injectable()
export class TypeOrmTargetGroupRepository extends TargetGroupRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async list(workspaceId: string): Promise<CrmTargetGroup[]> {
    return (await this.select('g.workspace_id = $1', [workspaceId])).map(toGroup);
  }

  async find(workspaceId: string, id: string): Promise<CrmTargetGroup | null> {
    const [row] = await this.select('g.workspace_id = $1 AND g.id = $2', [workspaceId, id]);
    return row ? toGroup(row) : null;
  }

  async insert(workspaceId: string, createdBy: string, values: TargetGroupValues): Promise<string> {
    const result = await this.groups().insert({ workspaceId, createdBy, ...values });
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(workspaceId: string, id: string, values: TargetGroupValues): Promise<boolean> {
    const result = await this.groups().update({ workspaceId, id }, values);
    return (result.affected ?? 0) > 0;
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.groups().delete({ workspaceId, id });
    return (result.affected ?? 0) > 0;
  }

  private select(where: string, params: unknown[]): Promise<Row[]> {
    return this.context.manager().query(
      `SELECT g.id, g.name, g.entity, g.criteria, g.created_at, g.created_by,
              concat_ws(' ', a.first_name, a.last_name) AS creator_name
         FROM crm_target_group g LEFT JOIN account a ON a.id = g.created_by
        WHERE ${where} ORDER BY lower(g.name), g.id`,
      params,
    ) as Promise<Row[]>;
  }

  private groups() {
    return this.context.manager().getRepository(CrmTargetGroupEntity);
  }
}
