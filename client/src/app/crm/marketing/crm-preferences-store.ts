import { Injectable, inject, signal } from '@angular/core';
import { type Observable, catchError, firstValueFrom, map, of, tap } from 'rxjs';
import { CrmApi } from '../crm-api';

/**
 * The signed-in user's own default for "Exclure des traitements à des fins marketing" (seed 002:
 * « une nouvelle préférence utilisateur »), kept on the server and asked once per visit.
 */
@Injectable({ providedIn: 'root' })
export class CrmPreferencesStore {
  private readonly api = inject(CrmApi);
  private readonly current = signal<boolean | null>(null);
  private loaded?: Promise<boolean | null>;

  /** Whether the search screens tick the box by default; null until known. */
  readonly excludeMarketingOptOut = this.current.asReadonly();

  /** The preference, asked once; null when the server could not say (the screen then asks it). */
  load(): Promise<boolean | null> {
    this.loaded ??= firstValueFrom(
      this.api.preferences().pipe(
        map((preferences) => preferences.excludeMarketingOptOut),
        tap((value) => this.current.set(value)),
        catchError(() => {
          this.loaded = undefined;
          return of(null);
        }),
      ),
    );
    return this.loaded;
  }

  /** Saves the default; answers it as the server stored it. */
  save(excludeMarketingOptOut: boolean): Observable<boolean> {
    return this.api.savePreferences({ excludeMarketingOptOut }).pipe(
      map((preferences) => preferences.excludeMarketingOptOut),
      tap((value) => this.current.set(value)),
    );
  }
}
