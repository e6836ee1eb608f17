import type { MarketingOptOutSource } from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';

/** "par sa société": where an opt-out came from, short, for the marks of the lists. */
export const OPT_OUT_SOURCE_KEYS: Readonly<Record<MarketingOptOutSource, TranslationKey>> = {
  self: 'crm.optOut.source.self',
  company: 'crm.optOut.source.company',
  import: 'crm.optOut.source.import',
  erp: 'crm.optOut.source.erp',
};

/** The sentence of a record page that says where its opt-out came from. */
export const OPT_OUT_PROVENANCE_KEYS: Readonly<Record<MarketingOptOutSource, TranslationKey>> = {
  self: 'crm.optOut.provenance.self',
  company: 'crm.optOut.provenance.company',
  import: 'crm.optOut.provenance.import',
  erp: 'crm.optOut.provenance.erp',
};
