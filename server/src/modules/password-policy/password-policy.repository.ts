import type { PasswordPolicy, PasswordPolicyMode } from '@guichet/contracts';
import type { WorkspacePolicy } from './workspace-password-policy';

/** What an admin saves. */
export interface PolicyChange {
  workspaceId: string;
  mode: PasswordPolicyMode;
  rules: PasswordPolicy;
  /** The rules differ from the stored ones: the version goes up by one. */
  rulesChanged: boolean;
  updatedBy: string;
}

/** Port: workspaces' password policies. */
export abstract class PasswordPolicyRepository {
  /** Null when the workspace never saved one. */
  abstract find(workspaceId: string): Promise<WorkspacePolicy | null>;

  /** Creates or replaces the workspace's policy; gives what is stored now. */
  abstract save(change: PolicyChange): Promise<WorkspacePolicy>;
}
