/**
 * Port: erases client accounts and everything that hangs off them (GDPR-2), for the retention
 * job, bound to the erasure engine (`EngineClientEraser`), which also leaves the tombstone.
 */
export abstract class ClientEraser {
  abstract erase(workspaceId: string, accountIds: string[]): Promise<void>;
}
