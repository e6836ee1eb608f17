import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type PasswordComplianceQuery,
  type PasswordComplianceReport,
  type PasswordRepairResult,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** « Niveau de sécurité mot de passe » (PWD-4): the accounts below the policy, and the repair. */
@Injectable({ providedIn: 'root' })
export class PasswordComplianceApi {
  private readonly http = inject(HttpClient);

  report(query: PasswordComplianceQuery): Observable<PasswordComplianceReport> {
    let params = new HttpParams();
    if (query.reason) params = params.set('reason', query.reason);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.http.get<PasswordComplianceReport>(apiUrl(ApiRoutes.adminPasswordCompliance), {
      params,
    });
  }

  /** Forces a change at the account's next sign-in. */
  repair(id: string): Observable<PasswordRepairResult> {
    return this.http.post<PasswordRepairResult>(
      apiUrl(ApiRoutes.adminPasswordComplianceRepair.replace(':id', encodeURIComponent(id))),
      null,
    );
  }

  /** Forces a change at next sign-in for every account below the policy. */
  repairAll(): Observable<PasswordRepairResult> {
    return this.http.post<PasswordRepairResult>(
      apiUrl(ApiRoutes.adminPasswordComplianceRepairAll),
      null,
    );
  }
}
