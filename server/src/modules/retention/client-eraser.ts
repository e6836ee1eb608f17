/**
 * Port: erases client accounts and everything that hangs off them (GDPR-2), for the retention
 * job. Bound to `InterimClientEraser` until the erasure engine (branch issue9-erasure) is merged:
 * the lead then binds this port to the engine, which also leaves the tombstone.
 */
export abstract class ClientEraser {
  abstract erase(workspaceId: string, accountIds: string[]): Promise<void>;
}
