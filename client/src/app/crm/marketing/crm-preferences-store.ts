import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom, map, tap } from 'rxjs';
import { SessionStore } from '../../core/session/session-store';
import { CrmApi } from '../crm-api';

/** The preference as known for one account. */
interface Known {
  readonly accountId: string;
  readonly excludeMarketingOptOut: boolean;
}

/**
 * The signed-in user's own default for "Exclure des traitements à des fins marketing" (seed 002:
 * « une nouvelle préférence utilisateur »), kept on the server, asked once per visit and per
 * account: another user signing in on the same page gets their own.
 */
@Injectable({ providedIn: 'root' })
export class CrmPreferencesStore {
  private readonly api = inject(CrmApi);
  private readonly session = inject(SessionStore).session;
  private readonly known = signal<Known | null>(null);
  private asking?: { readonly accountId: string; readonly answer: Promise<void> };

  /** Whether the search screens tick the box by default; null until known. */
  readonly excludeMarketingOptOut = computed(() => {
    const known = this.known();
    return known && known.accountId === this.accountId() ? known.excludeMarketingOptOut : null;
  });

  /** The preference; null when the server could not say (the screen then lets it apply it). */
  async load(): Promise<boolean | null> {
    const accountId = this.accountId();
    if (this.excludeMarketingOptOut() === null && this.asking?.accountId !== accountId) {
      const answer = firstValueFrom(
        this.api
          .preferences()
          .pipe(tap((preferences) => this.remember(accountId, preferences.excludeMarketingOptOut))),
      ).then(
        () => undefined,
        () => {
          // Asked again next time.
          this.asking = undefined;
        },
      );
      this.asking = { accountId, answer };
    }
    await this.asking?.answer;
    return this.excludeMarketingOptOut();
  }

  /** Saves the default; answers it as the server stored it. */
  save(excludeMarketingOptOut: boolean): Observable<boolean> {
    const accountId = this.accountId();
    return this.api.savePreferences({ excludeMarketingOptOut }).pipe(
      map((preferences) => preferences.excludeMarketingOptOut),
      tap((value) => this.remember(accountId, value)),
    );
  }

  private accountId(): string {
    return this.session()?.account.id ?? '';
  }

  private remember(accountId: string, excludeMarketingOptOut: boolean): void {
    this.known.set({ accountId, excludeMarketingOptOut });
  }
}
