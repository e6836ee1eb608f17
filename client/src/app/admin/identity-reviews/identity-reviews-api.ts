import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type IdentityReview,
  type IdentityReviewPage,
  type IdentityReviewState,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

const withId = (route: string, id: string) => route.replace(':id', encodeURIComponent(id));

const isReview = (body: unknown): body is IdentityReview =>
  typeof body === 'object' && body !== null && typeof (body as IdentityReview).id === 'string';

/** The admin verification queue (IDV-3b): requests that could not be checked automatically. */
@Injectable({ providedIn: 'root' })
export class IdentityReviewsApi {
  private readonly http = inject(HttpClient);

  /** A page of the requests in `state`, newest first. */
  list(state: IdentityReviewState, cursor?: string | null): Observable<IdentityReviewPage> {
    let params = new HttpParams().set('state', state);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<IdentityReviewPage>(apiUrl(ApiRoutes.adminIdentityReviews), { params });
  }

  /** Sends the password-set link to the address the person gave; the updated request if answered. */
  approve(id: string): Observable<IdentityReview | null> {
    return this.decide(ApiRoutes.adminIdentityReviewApprove, id);
  }

  /** Refuses the request: nothing is sent. */
  reject(id: string): Observable<IdentityReview | null> {
    return this.decide(ApiRoutes.adminIdentityReviewReject, id);
  }

  private decide(route: string, id: string): Observable<IdentityReview | null> {
    return this.http
      .post<unknown>(apiUrl(withId(route, id)), null)
      .pipe(map((body) => (isReview(body) ? body : null)));
  }
}
