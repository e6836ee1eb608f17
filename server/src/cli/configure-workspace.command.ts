import { parseArgs } from 'node:util';
import { WorkspaceSetup } from '../modules/workspace-setup/workspace-setup.service';
import { withAppContext } from './app-context';
import { ExitCode } from './exit-code';
import { UsageError } from './usage-error';
import { SETTING_OPTIONS, readSettings } from './workspace-settings-options';

export const CONFIGURE_WORKSPACE_USAGE =
  'configure-workspace --slug <slug> [--name <firm>] [--idle-timeout-minutes <5-240>] ' +
  '[--sms-otp on|off] [--otp-valid-minutes <1-15>|default]';

/**
 * `configure-workspace`: changes a firm's name and the settings that have no screen. Running
 * servers see them within 10 seconds (their workspace cache).
 */
export async function configureWorkspace(
  args: string[],
  out: NodeJS.WritableStream,
): Promise<ExitCode> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { slug: { type: 'string' }, name: { type: 'string' }, ...SETTING_OPTIONS },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.slug) throw new UsageError('Missing --slug');
  const settings = { ...readSettings(values), ...(values.name ? { name: values.name } : {}) };
  if (Object.keys(settings).length === 0) throw new UsageError('Nothing to change');
  const workspace = await withAppContext((context) =>
    context.get(WorkspaceSetup).configure(values.slug!, settings),
  );
  out.write(
    `Workspace "${workspace.slug}" (${workspace.name}): idle timeout ${workspace.idleTimeoutMinutes} min, ` +
      `SMS codes ${workspace.smsOtpEnabled ? 'on' : 'off'}, ` +
      `codes valid ${workspace.otpValidMinutes === null ? 'the default time (OTP_VALID_MINUTES)' : `${workspace.otpValidMinutes} min`}.\n`,
  );
  return ExitCode.Ok;
}
