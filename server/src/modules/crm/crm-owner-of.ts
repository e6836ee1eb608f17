import type { CrmActor } from './crm-actor';
import { type CrmOwner, ownerKindOf } from './crm-owner';
import type { OwnerParams } from './dto/owner.params';

/** The owner a `crm/:owner/:id/…` route names, in the caller's workspace. */
export function ownerOf(actor: CrmActor, params: OwnerParams): CrmOwner {
  return { workspaceId: actor.workspaceId, kind: ownerKindOf(params.owner), id: params.id };
}
