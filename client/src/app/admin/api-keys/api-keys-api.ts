import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type ApiKeySummary,
  type CreatedApiKey,
  type NewApiKeyRequest,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The workspace's integration keys (PWD-6): list, create (secret answered once), revoke. */
@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ApiKeySummary[]> {
    return this.http.get<ApiKeySummary[]>(apiUrl(ApiRoutes.adminApiKeys));
  }

  create(request: NewApiKeyRequest): Observable<CreatedApiKey> {
    return this.http.post<CreatedApiKey>(apiUrl(ApiRoutes.adminApiKeys), request);
  }

  /** At once, the key's calls answer 401. */
  revoke(id: string): Observable<void> {
    return this.http
      .post(apiUrl(ApiRoutes.adminApiKeyRevoke.replace(':id', encodeURIComponent(id))), null)
      .pipe(map(() => undefined));
  }
}
