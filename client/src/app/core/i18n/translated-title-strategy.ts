import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { TranslationKey } from './fr';
import { Translator } from './translator';

/**
 * Routes declare `title` as a translation key; this strategy writes the translated page title to
 * `document.title` and rewrites it when the language changes, since the router only sets titles on
 * navigation.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translator = inject(Translator);
  private readonly pageKey = signal<TranslationKey | undefined>(undefined);

  /** What the browser tab shows, e.g. "Connexion · Guichet". */
  readonly documentTitle = computed(() => {
    const key = this.pageKey();
    return key === undefined
      ? this.translator.t('app.name')
      : this.translator.t('app.documentTitle', { page: this.translator.t(key) });
  });

  constructor() {
    super();
    effect(() => {
      this.title.setTitle(this.documentTitle());
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.pageKey.set(key !== undefined && this.translator.has(key) ? key : undefined);
  }
}
