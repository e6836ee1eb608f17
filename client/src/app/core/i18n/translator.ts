import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { DEFAULT_LANGUAGE, type Language } from '@guichet/contracts';
import { DICTIONARIES } from './dictionaries';
import type { TranslationKey } from './fr';
import { type TranslationParams, interpolate } from './interpolate';
import { LanguageStorage } from './language-storage';

/** The interface language and the lookup of its wording, as signals so OnPush views follow it. */
@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(LanguageStorage);
  private readonly current = signal<Language>(this.storage.read() ?? DEFAULT_LANGUAGE);

  /** The current interface language; reading it in a template re-renders on change. */
  readonly language = this.current.asReadonly();

  constructor() {
    this.applyToDocument(this.current());
  }

  /** Switches the interface language, remembers it and tells the browser (`<html lang>`). */
  use(language: Language): void {
    this.current.set(language);
    this.storage.write(language);
    this.applyToDocument(language);
  }

  /** Whether a string from outside the code (route data, a server code) is a known key. */
  has(key: string): key is TranslationKey {
    return Object.hasOwn(DICTIONARIES[DEFAULT_LANGUAGE], key);
  }

  /**
   * The wording of `key` in the current language with `{name}` placeholders filled. Falls back to
   * French, then to the key itself: keys are checked at compile time, but a cast string from the
   * server must never blank the screen.
   */
  t(key: TranslationKey, params?: TranslationParams): string {
    const wording: Readonly<Partial<Record<string, string>>> = DICTIONARIES[this.current()];
    const fallback: Readonly<Partial<Record<string, string>>> = DICTIONARIES[DEFAULT_LANGUAGE];
    const template = wording[key] ?? fallback[key] ?? key;
    return params ? interpolate(template, params) : template;
  }

  // Done synchronously rather than in an effect so that screen readers and the browser's own
  // translation offer see the right language as soon as the switch is used.
  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }
}
