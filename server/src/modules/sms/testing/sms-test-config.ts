import type { SmsConfig } from '../../../core/config/sms.config';

/** An SMS configuration for tests: the dev inbox, three segments at most, a 2 s timeout. */
export function smsTestConfig(overrides: Partial<SmsConfig> = {}): SmsConfig {
  return {
    provider: 'dev-inbox',
    sender: 'Guichet',
    maxSegments: 3,
    timeoutMs: 2_000,
    http: undefined,
    twilio: undefined,
    ...overrides,
  };
}
