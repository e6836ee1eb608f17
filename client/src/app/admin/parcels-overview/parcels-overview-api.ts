import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type ParcelOverview } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The firm's parcels at a glance. */
@Injectable({ providedIn: 'root' })
export class ParcelsOverviewApi {
  private readonly http = inject(HttpClient);

  get(): Observable<ParcelOverview> {
    return this.http.get<ParcelOverview>(apiUrl(ApiRoutes.adminParcelOverview));
  }
}
