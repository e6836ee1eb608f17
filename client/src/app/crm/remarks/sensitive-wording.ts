import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';

export const SENSITIVE_CATEGORY_KEYS: Readonly<Record<SensitiveCategory, TranslationKey>> = {
  health: 'crm.sensitive.health',
  religion: 'crm.sensitive.religion',
  opinions: 'crm.sensitive.opinions',
  offences: 'crm.sensitive.offences',
  insults: 'crm.sensitive.insults',
};

/** The categories named by a `CRM_SENSITIVE_TEXT` answer, in their usual order. */
export function sensitiveCategoriesOf(codes: readonly string[] | undefined): SensitiveCategory[] {
  return SENSITIVE_CATEGORIES.filter((category) => codes?.includes(category));
}
