import type { PasswordPolicy, PasswordPolicyMode } from '@guichet/contracts';
import { DEFAULT_PASSWORD_POLICY } from '@guichet/password-policy';

/** A workspace's policy as the server applies it. */
export interface WorkspacePolicy {
  mode: PasswordPolicyMode;
  rules: PasswordPolicy;
  version: number;
  updatedAt: Date | null;
  /** The admin who last changed it. */
  updatedBy: string | null;
}

/** The policy of a workspace that never saved one: created after the policy existed (PWD-2). */
export const NEW_WORKSPACE_POLICY: WorkspacePolicy = Object.freeze({
  mode: 'enforce',
  rules: DEFAULT_PASSWORD_POLICY,
  version: 1,
  updatedAt: null,
  updatedBy: null,
});
