import type { Language } from '@guichet/contracts';

/** Every SMS the product sends. */
export enum SmsTemplate {
  OneTimeCode = 'one-time-code',
}

export interface SmsVariables {
  [SmsTemplate.OneTimeCode]: { code: string; validMinutes: number };
}

/** An SMS to render: which template, to which number (as typed or E.164), in which language. */
export interface SmsRequest<T extends SmsTemplate = SmsTemplate> {
  template: T;
  workspaceName: string;
  to: string;
  language: Language;
  variables: SmsVariables[T];
}
