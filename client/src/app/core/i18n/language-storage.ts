import { DOCUMENT, Injectable, inject } from '@angular/core';
import { type Language, isLanguage } from '@guichet/contracts';

const STORAGE_KEY = 'guichet.language';

/**
 * Remembers the interface language in localStorage (a language is not personal data, STYLE.md
 * rule 11). Storage can be missing or throw (privacy modes, sandboxed frames): the preference is
 * then simply not kept.
 */
@Injectable({ providedIn: 'root' })
export class LanguageStorage {
  private readonly document = inject(DOCUMENT);

  /** The stored language, or undefined when none (or an unsupported one) is stored. */
  read(): Language | undefined {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(stored) ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores the language; failures are ignored because the choice still applies to this page. */
  write(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Nothing to do: see the class comment.
    }
  }
}
