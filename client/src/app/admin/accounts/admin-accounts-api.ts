import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type AdminAccountPage,
  type AdminAccountQuery,
  type AdminAccountSummary,
  ApiRoutes,
  type TemporaryPasswordResult,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** What an admin may do to an account from the list. */
export type AccountAction =
  'lock' | 'unlock' | 'signOutEverywhere' | 'resetSecondFactor' | 'temporaryPassword';

/** `admin/accounts/:id/lock` with the id filled in, encoded. */
const accountRoute = (route: string, id: string) =>
  apiUrl(route.replace(':id', encodeURIComponent(id)));

/** The firm's accounts, for its admins: the list, one account, and the hold on signing in. */
@Injectable({ providedIn: 'root' })
export class AdminAccountsApi {
  private readonly http = inject(HttpClient);

  /** A page of accounts sorted by last name; empty parameters are left out. */
  list(query: AdminAccountQuery): Observable<AdminAccountPage> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (typeof value === 'string' && value !== '') params = params.set(name, value);
    }
    return this.http.get<AdminAccountPage>(apiUrl(ApiRoutes.adminAccounts), { params });
  }

  one(id: string): Observable<AdminAccountSummary> {
    return this.http.get<AdminAccountSummary>(accountRoute(ApiRoutes.adminAccount, id));
  }

  /**
   * Locks or unlocks (answering the account as it now is), or ends its sessions, or resets its
   * second factor (null).
   */
  act(
    action: Exclude<AccountAction, 'temporaryPassword'>,
    id: string,
  ): Observable<AdminAccountSummary | null> {
    switch (action) {
      case 'lock':
        return this.http.post<AdminAccountSummary>(
          accountRoute(ApiRoutes.adminAccountLock, id),
          null,
        );
      case 'unlock':
        return this.http.post<AdminAccountSummary>(
          accountRoute(ApiRoutes.adminAccountUnlock, id),
          null,
        );
      case 'signOutEverywhere':
        return this.http
          .post(accountRoute(ApiRoutes.adminAccountSignOutEverywhere, id), null)
          .pipe(map(() => null));
      case 'resetSecondFactor':
        return this.http
          .post(accountRoute(ApiRoutes.adminAccountSecondFactorReset, id), null)
          .pipe(map(() => null));
    }
  }

  /**
   * "Générer un mot de passe temporaire" (PWD-3): answered once, with the account as it now is;
   * the account's sessions end and its password-set links are void.
   */
  temporaryPassword(id: string): Observable<TemporaryPasswordResult> {
    return this.http.post<TemporaryPasswordResult>(
      accountRoute(ApiRoutes.adminAccountTemporaryPassword, id),
      null,
    );
  }
}
