import type { Language } from '@guichet/contracts';
import { DICTIONARIES } from '../../core/i18n';

/**
 * Gives the ALTCHA widget our wording in each interface language, so that it follows the
 * language switch (its `language` attribute) with the same words as the rest of the page. Keys
 * the product does not use (image and audio code challenges) keep the widget's English.
 */
export function registerWidgetWording(): void {
  const registry = globalThis.$altcha.i18n;
  const fallback = registry.get('en');
  for (const language of Object.keys(DICTIONARIES) as Language[]) {
    const words = DICTIONARIES[language];
    registry.set(language, {
      ...fallback,
      ariaLinkLabel: 'ALTCHA',
      error: words['captcha.widget.error'],
      expired: words['captcha.widget.expired'],
      footer: 'ALTCHA',
      label: words['captcha.widget.label'],
      loading: words['captcha.widget.loading'],
      verificationRequired: words['captcha.widget.required'],
      verified: words['captcha.widget.verified'],
      verifying: words['captcha.widget.verifying'],
      waitAlert: words['captcha.widget.wait'],
    });
  }
}
