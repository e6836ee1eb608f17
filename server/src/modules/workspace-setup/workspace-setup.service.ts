import { Injectable } from '@nestjs/common';
import { AuditEventKind, type Language, Role, isLanguage } from '@guichet/contracts';
import { isEmail } from 'class-validator';
import { Transactions } from '../../core/database/transactions';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { PasswordLinks } from '../identity/password-links';
import type { Workspace, WorkspaceSettings } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';
import { WorkspaceSetupError } from './workspace-setup-error';

/** The firm's first admin, invited by mail to set their own password (IDV-1, IDV-8). */
export interface FirstAdmin {
  email: string;
  lastName: string;
  firstName?: string;
  /** Their identifier besides the address; `ADMIN001` unless given. */
  accessCode?: string;
  language?: string;
}

export interface NewWorkspace {
  slug: string;
  name: string;
  admin: FirstAdmin;
  settings?: Omit<WorkspaceSettings, 'name'>;
}

export interface CreatedWorkspace {
  workspace: Workspace;
  adminAccessCode: string;
}

/** The sign-in name: lower-case letters, digits and hyphens, as typed at sign-in and in links. */
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
const ACCESS_CODE = /^[A-Za-z0-9._-]{1,32}$/;
/** Bounds of the settings, as the sessions (AUTH-6) and one-time codes (OTP-1) accept them. */
const IDLE_MINUTES = { min: 5, max: 240 };
const OTP_MINUTES = { min: 1, max: 15 };

/**
 * Operators create a firm with its first admin, who is invited by mail like any new account, and
 * change its settings (AUTH-6 idle timeout, IDV-3b SMS codes, OTP-1 code lifetime), which have
 * no screen: `create-workspace` and `configure-workspace`. Everything else an admin then does in
 * the app. All or nothing: a refused setting writes nothing.
 */
@Injectable()
export class WorkspaceSetup {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly accounts: Accounts,
    private readonly links: PasswordLinks,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async create(request: NewWorkspace): Promise<CreatedWorkspace> {
    const slug = request.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) {
      throw new WorkspaceSetupError(
        'The slug takes 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit',
      );
    }
    const name = checkedName(request.name);
    const settings = checkedSettings(request.settings ?? {});
    const admin = checkedAdmin(request.admin);
    if (await this.workspaces.findBySlug(slug)) {
      throw new WorkspaceSetupError(`A workspace "${slug}" already exists`);
    }
    return this.transactions.run(async () => {
      const workspace = await this.workspaces.create(slug, { name, ...settings });
      const [id] = await this.accounts.addMany([
        {
          workspaceId: workspace.id,
          accessCode: admin.accessCode,
          role: Role.Admin,
          civility: null,
          firstName: admin.firstName,
          lastName: admin.lastName,
          email: admin.email,
          mobile: null,
          passwordHash: null,
          passwordKind: null,
          accountManagerId: null,
          language: admin.language,
        },
      ]);
      await this.audit.record({
        kind: AuditEventKind.AccountCreated,
        outcome: 'success',
        workspaceId: workspace.id,
        targetIds: { accountId: id! },
      });
      const account = await this.accounts.findById(workspace.id, id!);
      if (!account) throw new Error('The account just created is not found');
      await this.links.send({ account, workspace, purpose: 'invitation', email: admin.email });
      return { workspace, adminAccessCode: admin.accessCode };
    });
  }

  async configure(slug: string, settings: WorkspaceSettings): Promise<Workspace> {
    const workspace = await this.workspaces.findBySlug(slug.trim().toLowerCase());
    if (!workspace) throw new WorkspaceSetupError(`No workspace "${slug}"`);
    const { name, ...rest } = settings;
    const changes = {
      ...checkedSettings(rest),
      ...(name === undefined ? {} : { name: checkedName(name) }),
    };
    return this.workspaces.configure(workspace, changes);
  }
}

function checkedName(typed: string): string {
  const name = typed.trim();
  if (name.length === 0 || name.length > 200) {
    throw new WorkspaceSetupError('The name takes 1 to 200 characters');
  }
  return name;
}

function checkedSettings(
  settings: Omit<WorkspaceSettings, 'name'>,
): Omit<WorkspaceSettings, 'name'> {
  const within = (value: number, { min, max }: { min: number; max: number }) =>
    Number.isInteger(value) && value >= min && value <= max;
  const { idleTimeoutMinutes, otpValidMinutes } = settings;
  if (idleTimeoutMinutes !== undefined && !within(idleTimeoutMinutes, IDLE_MINUTES)) {
    throw new WorkspaceSetupError(
      `The idle timeout takes ${IDLE_MINUTES.min} to ${IDLE_MINUTES.max} minutes`,
    );
  }
  if (otpValidMinutes != null && !within(otpValidMinutes, OTP_MINUTES)) {
    throw new WorkspaceSetupError(
      `One-time codes live ${OTP_MINUTES.min} to ${OTP_MINUTES.max} minutes (OTP-1)`,
    );
  }
  return settings;
}

/** The first admin as stored: trimmed, checked, defaults filled in. */
interface CheckedAdmin {
  email: string;
  lastName: string;
  firstName: string | null;
  accessCode: string;
  language: Language;
}

function checkedAdmin(admin: FirstAdmin): CheckedAdmin {
  const email = admin.email.trim().toLowerCase();
  if (!isEmail(email) || email.length > 254) {
    throw new WorkspaceSetupError("The admin's e-mail address is not valid");
  }
  const lastName = admin.lastName.trim();
  if (lastName.length === 0 || lastName.length > 100) {
    throw new WorkspaceSetupError("The admin's last name takes 1 to 100 characters");
  }
  const firstName = admin.firstName?.trim() || null;
  if (firstName !== null && firstName.length > 100) {
    throw new WorkspaceSetupError("The admin's first name takes at most 100 characters");
  }
  const accessCode = admin.accessCode?.trim() || 'ADMIN001';
  if (!ACCESS_CODE.test(accessCode)) {
    throw new WorkspaceSetupError(
      'The access code takes 1 to 32 letters, digits, dots, hyphens and underscores',
    );
  }
  const language = admin.language ?? 'fr';
  if (!isLanguage(language)) throw new WorkspaceSetupError('The language is fr or en');
  return { email, lastName, firstName, accessCode, language };
}
