import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type AdminAccountPage,
  ApiRoutes,
  type CreatedAccount,
  type NewAccountRequest,
  Role,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/**
 * Creating an account of the firm: invited by mail (IDV-8) or given a temporary password answered
 * once (PWD-3).
 */
@Injectable({ providedIn: 'root' })
export class NewAccountApi {
  private readonly http = inject(HttpClient);

  /**
   * 201 with the new account and its temporary password if asked for; 409
   * `ADMIN_ACCESS_CODE_TAKEN` / `ADMIN_EMAIL_TAKEN` on a field; 409 `GDPR_ERASED_BEFORE` on
   * `email` and/or `mobile` for a person erased at their request (GDPR-2).
   */
  create(request: NewAccountRequest): Observable<CreatedAccount> {
    return this.http.post<CreatedAccount>(apiUrl(ApiRoutes.adminAccounts), request);
  }

  /** The firm's staff, who may manage a client (first page: 50, sorted by name). */
  accountManagers(): Observable<AdminAccountPage> {
    return this.http.get<AdminAccountPage>(apiUrl(ApiRoutes.adminAccounts), {
      params: new HttpParams().set('role', Role.Staff),
    });
  }
}
