import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type AdminAuditPage, type AdminAuditQuery, ApiRoutes } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The firm's audit trail, for its admins. */
@Injectable({ providedIn: 'root' })
export class AdminAuditApi {
  private readonly http = inject(HttpClient);

  /** A page of events, newest first; empty parameters are left out. */
  events(query: AdminAuditQuery): Observable<AdminAuditPage> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (typeof value === 'string' && value !== '') params = params.set(name, value);
    }
    return this.http.get<AdminAuditPage>(apiUrl(ApiRoutes.adminAudit), { params });
  }
}
