import { type CrmActor, crmNotFound } from './crm-actor';
import { type CrmOwner, ownerKindOf } from './crm-owner';
import type { OwnerParams } from './dto/owner.params';

/** The owner a `crm/:owner/:id/…` route names, in the caller's workspace. */
export function ownerOf(actor: CrmActor, params: OwnerParams): CrmOwner {
  const kind = ownerKindOf(params.owner);
  if (!kind) throw crmNotFound();
  return { workspaceId: actor.workspaceId, kind, id: params.id };
}
