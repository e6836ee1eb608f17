import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type ParcelSettings } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The workspace's limits for parcels: sizes, expiry, types. */
@Injectable({ providedIn: 'root' })
export class ParcelSettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<ParcelSettings> {
    return this.http.get<ParcelSettings>(apiUrl(ApiRoutes.adminParcelSettings));
  }

  /** Saves them all; answers them as stored. */
  save(settings: ParcelSettings): Observable<ParcelSettings> {
    return this.http.put<ParcelSettings>(apiUrl(ApiRoutes.adminParcelSettings), settings);
  }
}
