import type { PasswordContext } from '@guichet/contracts';
import type { Account } from '../accounts/account';
import type { Workspace } from '../workspaces/workspace';

/** The person a password is for, with what the context-words rule needs. */
export interface PasswordSubject {
  account: Account;
  workspace: Workspace;
  hasSecondFactor: boolean;
  /** The mailbox of a password-set link, when it is not (yet) the account's address. */
  email?: string | null;
}

/** The context words of a subject: firm, names, e-mail, access code (PWD-1). */
export function passwordContextOf(subject: PasswordSubject): PasswordContext {
  const { account, workspace } = subject;
  return {
    workspaceName: workspace.name,
    workspaceCode: workspace.slug,
    firstName: account.firstName,
    lastName: account.lastName,
    email: subject.email ?? account.email,
    accessCode: account.accessCode,
    hasSecondFactor: subject.hasSecondFactor,
  };
}
