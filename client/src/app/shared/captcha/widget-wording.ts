import type { Language } from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';

/**
 * Gives the ALTCHA widget our wording in `language`, so that it follows the language switch (its
 * `language` attribute) with the same words as the rest of the page. Called for the language in
 * use, whose wording is the one downloaded. Keys the product does not use (image and audio code
 * challenges) keep the widget's English.
 */
export function registerWidgetWording(
  language: Language,
  words: (key: TranslationKey) => string,
): void {
  const registry = globalThis.$altcha.i18n;
  registry.set(language, {
    ...registry.get('en'),
    ariaLinkLabel: 'ALTCHA',
    error: words('captcha.widget.error'),
    expired: words('captcha.widget.expired'),
    footer: 'ALTCHA',
    label: words('captcha.widget.label'),
    loading: words('captcha.widget.loading'),
    verificationRequired: words('captcha.widget.required'),
    verified: words('captcha.widget.verified'),
    verifying: words('captcha.widget.verifying'),
    waitAlert: words('captcha.widget.wait'),
  });
}
