import { type OutboxChannel, OutboxStatus } from '@guichet/contracts';
import { type TranslationKey, type Translator, isTranslationKey } from '../../core/i18n';

/** The words for each delivery state; exhaustive, so a new state fails to compile until worded. */
export const OUTBOX_STATUS_KEYS: Readonly<Record<OutboxStatus, TranslationKey>> = {
  [OutboxStatus.Pending]: 'outbox.status.pending',
  [OutboxStatus.Sending]: 'outbox.status.sending',
  [OutboxStatus.Sent]: 'outbox.status.sent',
  [OutboxStatus.Failed]: 'outbox.status.failed',
};

export const OUTBOX_CHANNEL_KEYS: Readonly<Record<OutboxChannel, TranslationKey>> = {
  mail: 'outbox.channel.mail',
  sms: 'outbox.channel.sms',
  webhook: 'outbox.channel.webhook',
};

/** A template's name in the current language, or its technical name for one not worded yet. */
export function outboxTemplateName(translator: Translator, template: string): string {
  const key = `outbox.template.${template}`;
  return isTranslationKey(key) ? translator.t(key) : template;
}
