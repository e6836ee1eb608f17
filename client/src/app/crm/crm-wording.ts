import type {
  CrmCommunicationChannel,
  CrmCommunicationDirection,
  CrmLeadStatus,
  CrmOpportunityStage,
  CrmTargetEntity,
} from '@guichet/contracts';
import type { TranslationKey } from '../core/i18n';

export const LEAD_STATUS_KEYS: Readonly<Record<CrmLeadStatus, TranslationKey>> = {
  new: 'crm.leadStatus.new',
  qualified: 'crm.leadStatus.qualified',
  converted: 'crm.leadStatus.converted',
  lost: 'crm.leadStatus.lost',
};

export const ENTITY_KEYS: Readonly<Record<CrmTargetEntity, TranslationKey>> = {
  company: 'crm.entity.company',
  contact: 'crm.entity.contact',
  lead: 'crm.entity.lead',
  'third-party': 'crm.entity.third-party',
};

export const DIRECTION_KEYS: Readonly<Record<CrmCommunicationDirection, TranslationKey>> = {
  'from-person': 'crm.direction.from-person',
  'to-person': 'crm.direction.to-person',
};

export const CHANNEL_KEYS: Readonly<Record<CrmCommunicationChannel, TranslationKey>> = {
  email: 'crm.channel.email',
  phone: 'crm.channel.phone',
  meeting: 'crm.channel.meeting',
  letter: 'crm.channel.letter',
  other: 'crm.channel.other',
};

export const STAGE_KEYS: Readonly<Record<CrmOpportunityStage, TranslationKey>> = {
  open: 'crm.stage.open',
  won: 'crm.stage.won',
  lost: 'crm.stage.lost',
};
