import { readSettings } from './workspace-settings-options';
import { UsageError } from './usage-error';

describe('readSettings (create-workspace, configure-workspace)', () => {
  it('reads only the settings given', () => {
    expect(readSettings({})).toEqual({});
    expect(
      readSettings({ 'idle-timeout-minutes': '30', 'sms-otp': 'off', 'otp-valid-minutes': '5' }),
    ).toEqual({ idleTimeoutMinutes: 30, smsOtpEnabled: false, otpValidMinutes: 5 });
    expect(readSettings({ 'sms-otp': 'on', 'otp-valid-minutes': 'default' })).toEqual({
      smsOtpEnabled: true,
      otpValidMinutes: null,
    });
  });

  it('refuses what is not a whole number or on/off, naming the option', () => {
    expect(() => readSettings({ 'idle-timeout-minutes': '20.5' })).toThrow(UsageError);
    expect(() => readSettings({ 'idle-timeout-minutes': 'vingt' })).toThrow(
      '--idle-timeout-minutes takes a whole number',
    );
    expect(() => readSettings({ 'otp-valid-minutes': '-1' })).toThrow('--otp-valid-minutes');
    expect(() => readSettings({ 'sms-otp': 'yes' })).toThrow('--sms-otp takes on or off');
  });
});
