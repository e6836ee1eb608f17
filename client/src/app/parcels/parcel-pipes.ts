import { Pipe, type PipeTransform, inject } from '@angular/core';
import { Translator } from '../core/i18n';
import { formatBytes, relativeTime } from './parcel-format';

/**
 * `{{ document.size | fileSize }}`: "1,5 Mo" / "1.5 MB". Impure, like `translate`, so that it
 * follows the language switch; cheap enough to recompute.
 */
@Pipe({ name: 'fileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(bytes: number): string {
    return formatBytes(bytes, this.translator.language());
  }
}

/** `{{ parcel.expiresAt | relativeTime }}`: "dans 3 jours", "demain", "in 5 hours". */
@Pipe({ name: 'relativeTime', pure: false })
export class RelativeTimePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(iso: string): string {
    return relativeTime(iso, this.translator.language());
  }
}
