import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type AccountManagerRequest,
  type AdminAccountPage,
  type AdminAccountSummary,
  ApiRoutes,
  type Role,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/**
 * Who receives each client's parcels (PARCEL-1; seed 001: « Clients > Paramètres et
 * configurations »): the firm's clients and staff, and the assignment.
 */
@Injectable({ providedIn: 'root' })
export class AccountManagersApi {
  private readonly http = inject(HttpClient);

  /** A page of accounts of one role, sorted by name, optionally searched. */
  accounts(role: Role, search = '', cursor: string | null = null): Observable<AdminAccountPage> {
    let params = new HttpParams().set('role', role);
    if (search) params = params.set('search', search);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<AdminAccountPage>(apiUrl(ApiRoutes.adminAccounts), { params });
  }

  /** Sets (or, with null, removes) a client's account manager; answers the client as it now is. */
  assign(clientId: string, accountManagerId: string | null): Observable<AdminAccountSummary> {
    const body: AccountManagerRequest = { accountManagerId };
    return this.http.put<AdminAccountSummary>(
      apiUrl(ApiRoutes.adminAccountManager.replace(':id', encodeURIComponent(clientId))),
      body,
    );
  }
}
