import type { CrmCriteria, CrmTargetEntity, CrmTargetGroup } from '@guichet/contracts';

export interface TargetGroupValues {
  name: string;
  entity: CrmTargetEntity;
  criteria: CrmCriteria;
}

/** Port: the saved target groups of a workspace. */
export abstract class TargetGroupRepository {
  abstract list(workspaceId: string): Promise<CrmTargetGroup[]>;
  abstract find(workspaceId: string, id: string): Promise<CrmTargetGroup | null>;
  abstract insert(
    workspaceId: string,
    createdBy: string,
    values: TargetGroupValues,
  ): Promise<string>;
  abstract update(workspaceId: string, id: string, values: TargetGroupValues): Promise<boolean>;
  abstract delete(workspaceId: string, id: string): Promise<boolean>;
}
