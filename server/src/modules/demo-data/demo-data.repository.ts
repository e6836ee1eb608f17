import type { Civility, PasswordKind, PasswordPolicyMode, Role } from '@guichet/contracts';
import type { DemoCrm } from './demo-crm';

/** An account ready to store: password already hashed, manager given by access code. */
export interface NewDemoAccount {
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  email: string | null;
  mobile: string | null;
  passwordHash: string | null;
  passwordKind: PasswordKind | null;
  managedBy?: string;
}

export interface NewDemoWorkspace {
  slug: string;
  name: string;
  smsOtpEnabled: boolean;
  passwordPolicyMode: PasswordPolicyMode;
  accounts: NewDemoAccount[];
  crm?: DemoCrm;
}

/** Port: stores the demo firms, all or nothing. */
export abstract class DemoDataRepository {
  /** True when no workspace exists at all (a database that was just created). */
  abstract isEmpty(): Promise<boolean>;

  /**
   * Stores the firms in one transaction if the database is still empty, which is checked again
   * under a lock so that instances starting together seed once. Says whether it stored them.
   */
  abstract insertIfEmpty(workspaces: NewDemoWorkspace[]): Promise<boolean>;
}
