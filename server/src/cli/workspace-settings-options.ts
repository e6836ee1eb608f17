import type { WorkspaceSettings } from '../modules/workspaces/workspace';
import { UsageError } from './usage-error';

/** The settings options shared by `create-workspace` and `configure-workspace`. */
export const SETTING_OPTIONS = {
  'idle-timeout-minutes': { type: 'string' },
  'sms-otp': { type: 'string' },
  'otp-valid-minutes': { type: 'string' },
} as const;

type SettingValues = { [K in keyof typeof SETTING_OPTIONS]?: string };

/** The settings given on the command line (bounds are checked by `WorkspaceSetup`). */
export function readSettings(values: SettingValues): Omit<WorkspaceSettings, 'name'> {
  const settings: Omit<WorkspaceSettings, 'name'> = {};
  const whole = (option: keyof SettingValues, text: string) => {
    if (!/^\d+$/.test(text)) throw new UsageError(`--${option} takes a whole number`);
    return Number(text);
  };
  const idle = values['idle-timeout-minutes'];
  if (idle !== undefined) settings.idleTimeoutMinutes = whole('idle-timeout-minutes', idle);
  const sms = values['sms-otp'];
  if (sms !== undefined) {
    if (sms !== 'on' && sms !== 'off') throw new UsageError('--sms-otp takes on or off');
    settings.smsOtpEnabled = sms === 'on';
  }
  const otp = values['otp-valid-minutes'];
  if (otp !== undefined) {
    settings.otpValidMinutes = otp === 'default' ? null : whole('otp-valid-minutes', otp);
  }
  return settings;
}
