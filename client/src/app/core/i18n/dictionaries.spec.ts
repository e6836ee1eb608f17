import {
  AdminAccountsErrorCode,
  AuthErrorCode,
  CaptchaErrorCode,
  CommonErrorCode,
  CrmErrorCode,
  HealthErrorCode,
  IdentityErrorCode,
  IntegrationErrorCode,
  OtpErrorCode,
  OutboxErrorCode,
  PasswordPolicyErrorCode,
  ParcelErrorCode,
  SmsErrorCode,
} from '@guichet/contracts';
import type { Language } from '@guichet/contracts';
import { en } from './en';
import { type Dictionary, fr } from './fr';

// Both wordings at once, as the app never holds them (it downloads the language in use).
const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { fr, en };

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('DICTIONARIES', () => {
  const frKeys = Object.keys(DICTIONARIES.fr).sort();

  it('gives English exactly the French keys', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(frKeys);
  });

  it.each(['fr', 'en'] as const)('has no empty wording in %s', (language) => {
    const empty = Object.entries(DICTIONARIES[language]).filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const fr: Record<string, string> = DICTIONARIES.fr;
    const en: Record<string, string> = DICTIONARIES.en;
    for (const key of frKeys) {
      expect({ key, placeholders: placeholders(en[key]).sort() }).toEqual({
        key,
        placeholders: placeholders(fr[key]).sort(),
      });
    }
  });

  it('has a message for every error code the API can answer', () => {
    const codes = [
      CommonErrorCode,
      HealthErrorCode,
      OutboxErrorCode,
      SmsErrorCode,
      AuthErrorCode,
      CaptchaErrorCode,
      OtpErrorCode,
      AdminAccountsErrorCode,
      IdentityErrorCode,
      PasswordPolicyErrorCode,
      IntegrationErrorCode,
      ParcelErrorCode,
      CrmErrorCode,
    ].flatMap((codesOfOneModule) => Object.values(codesOfOneModule));
    const missing = codes.filter((code) => !Object.hasOwn(DICTIONARIES.fr, `errors.${code}`));

    expect(missing).toEqual([]);
  });
});
