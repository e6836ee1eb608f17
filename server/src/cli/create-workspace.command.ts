import { parseArgs } from 'node:util';
import { WorkspaceSetup } from '../modules/workspace-setup/workspace-setup.service';
import { withAppContext } from './app-context';
import { ExitCode } from './exit-code';
import { UsageError } from './usage-error';
import { SETTING_OPTIONS, readSettings } from './workspace-settings-options';

export const CREATE_WORKSPACE_USAGE =
  'create-workspace --slug <slug> --name <firm> --admin-email <address> --admin-last-name <name> ' +
  '[--admin-first-name <name>] [--admin-access-code <code>] [--admin-language fr|en] ' +
  '[--idle-timeout-minutes <5-240>] [--sms-otp on|off] [--otp-valid-minutes <1-15>]';

/**
 * `create-workspace`: a new firm and its first admin, who gets the invitation mail (a password-set
 * link, valid 7 days) through the outbox, which a running server delivers.
 */
export async function createWorkspace(
  args: string[],
  out: NodeJS.WritableStream,
): Promise<ExitCode> {
  const values = parse(args);
  const required = ['slug', 'name', 'admin-email', 'admin-last-name'] as const;
  const missing = required.filter((option) => !values[option]);
  if (missing.length > 0) {
    throw new UsageError(`Missing ${missing.map((option) => `--${option}`).join(', ')}`);
  }
  const created = await withAppContext((context) =>
    context.get(WorkspaceSetup).create({
      slug: values.slug!,
      name: values.name!,
      admin: {
        email: values['admin-email']!,
        lastName: values['admin-last-name']!,
        firstName: values['admin-first-name'],
        accessCode: values['admin-access-code'],
        language: values['admin-language'],
      },
      settings: readSettings(values),
    }),
  );
  out.write(
    `Created workspace "${created.workspace.slug}" (${created.workspace.name}).\n` +
      `Its admin (access code ${created.adminAccessCode}) is invited by mail to set a password; ` +
      'a running server sends the mail.\n',
  );
  return ExitCode.Ok;
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        slug: { type: 'string' },
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-last-name': { type: 'string' },
        'admin-first-name': { type: 'string' },
        'admin-access-code': { type: 'string' },
        'admin-language': { type: 'string' },
        ...SETTING_OPTIONS,
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
