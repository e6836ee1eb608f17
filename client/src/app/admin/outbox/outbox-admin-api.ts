import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type OutboxMessageSummary } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The outbox administration API: messages not delivered yet, and retrying one. */
@Injectable({ providedIn: 'root' })
export class OutboxAdminApi {
  private readonly http = inject(HttpClient);

  /** Pending, sending and failed messages, recipients masked by the server. */
  undelivered(): Observable<OutboxMessageSummary[]> {
    return this.http.get<OutboxMessageSummary[]>(apiUrl(ApiRoutes.adminOutbox));
  }

  /** Makes a failed or pending message due again; answers its updated summary. */
  retry(id: string): Observable<OutboxMessageSummary> {
    return this.http.post<OutboxMessageSummary>(
      apiUrl(ApiRoutes.adminOutbox, encodeURIComponent(id), 'retry'),
      null,
    );
  }
}
