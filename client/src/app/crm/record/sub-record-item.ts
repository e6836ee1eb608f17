import { Directive, TemplateRef, inject, input } from '@angular/core';

/** What the item template of a sub-record list is given: the item, as `let-item`. */
export interface SubRecordItemContext<T> {
  readonly $implicit: T;
}

/** Every sub-record has an id, which keeps its row when the list changes. */
export interface Identified {
  readonly id: string;
}

/**
 * Marks the `<ng-template>` that draws one item of a `SubRecordSection`, and carries the items it
 * draws, so that `let-item` is typed from them in the template; `[describe]` says an
 * item in a few words, for the names of its buttons (« Supprimer le téléphone 04 72 … »).
 */
@Directive({ selector: 'ng-template[appSubRecordItem]' })
export class SubRecordItem<T extends Identified> {
  /** The items of the list, in the order they are shown. */
  readonly items = input.required<readonly T[]>({ alias: 'appSubRecordItem' });
  readonly describe = input<(item: T) => string>(() => '');
  readonly template = inject<TemplateRef<SubRecordItemContext<T>>>(TemplateRef);

  static ngTemplateContextGuard<T extends Identified>(
    _directive: SubRecordItem<T>,
    _context: unknown,
  ): _context is SubRecordItemContext<T> {
    return true;
  }
}
