import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { TranslationKey } from './fr';
import type { TranslationParams } from './interpolate';
import { Translator } from './translator';

/**
 * `{{ 'login.heading' | translate }}`. Impure so that Angular calls it on every check of the
 * view: the language signal read inside `t()` is then tracked by the template, which re-renders
 * the OnPush view when the language changes, without zone.js.
 */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.translator.t(key, params);
  }
}
