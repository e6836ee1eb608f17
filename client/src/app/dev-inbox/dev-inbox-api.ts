import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type DevInboxItem, type Language } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/http/api-url';

/** Body of `POST /api/dev/inbox/samples` (the server's `SendSamplesDto`). */
export interface DevInboxSamplesRequest {
  email: string;
  /** Also sends the SMS templates when given. */
  mobile?: string;
  language: Language;
}

/** Answer of `POST /api/dev/inbox/samples`: how many messages were put in the outbox. */
export interface DevInboxSamplesResult {
  queued: number;
}

/** The development inbox API; it exists in development mode only and answers 404 elsewhere. */
@Injectable({ providedIn: 'root' })
export class DevInboxApi {
  private readonly http = inject(HttpClient);

  /** Every captured mail and SMS, newest first. */
  list(): Observable<DevInboxItem[]> {
    return this.http.get<DevInboxItem[]>(apiUrl(ApiRoutes.devInbox));
  }

  /** Enqueues one message of every template through the real outbox. */
  sendSamples(request: DevInboxSamplesRequest): Observable<DevInboxSamplesResult> {
    return this.http.post<DevInboxSamplesResult>(apiUrl(ApiRoutes.devInbox, 'samples'), request);
  }
}
