import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type RetentionReport, type RetentionSettings } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The workspace's retention periods and what they will erase (GDPR-5). */
@Injectable({ providedIn: 'root' })
export class RetentionApi {
  private readonly http = inject(HttpClient);

  settings(): Observable<RetentionSettings> {
    return this.http.get<RetentionSettings>(apiUrl(ApiRoutes.adminRetentionSettings));
  }

  /** Saves the periods; answers them as stored. */
  save(settings: RetentionSettings): Observable<RetentionSettings> {
    return this.http.put<RetentionSettings>(apiUrl(ApiRoutes.adminRetentionSettings), settings);
  }

  /** A dry run: nothing is erased by asking. */
  report(): Observable<RetentionReport> {
    return this.http.get<RetentionReport>(apiUrl(ApiRoutes.adminRetentionReport));
  }
}
