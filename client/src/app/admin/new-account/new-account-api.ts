import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type AdminAccountPage,
  type AdminAccountSummary,
  ApiRoutes,
  type NewAccountRequest,
  Role,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** Creating an account of the firm (IDV-8): with an e-mail, the person is invited by mail. */
@Injectable({ providedIn: 'root' })
export class NewAccountApi {
  private readonly http = inject(HttpClient);

  /** 201 with the new account; 409 `ADMIN_ACCESS_CODE_TAKEN` / `ADMIN_EMAIL_TAKEN` on a field. */
  create(request: NewAccountRequest): Observable<AdminAccountSummary> {
    return this.http.post<AdminAccountSummary>(apiUrl(ApiRoutes.adminAccounts), request);
  }

  /** The firm's staff, who may manage a client (first page: 50, sorted by name). */
  accountManagers(): Observable<AdminAccountPage> {
    return this.http.get<AdminAccountPage>(apiUrl(ApiRoutes.adminAccounts), {
      params: new HttpParams().set('role', Role.Staff),
    });
  }
}
