import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type SecondFactorVerifyRequest, type SessionInfo } from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The second step of signing in (AUTH-8): an SMS code on request, then the proof. */
@Injectable({ providedIn: 'root' })
export class SecondFactorApi {
  private readonly http = inject(HttpClient);

  /** Sends a code to the profile's mobile (202). */
  sendSms(): Observable<void> {
    return this.http.post(apiUrl(ApiRoutes.authSecondFactorSms), null).pipe(map(() => undefined));
  }

  /** Proves the second factor; answers the session with its next step (401 on a wrong code). */
  verify(request: SecondFactorVerifyRequest): Observable<HttpResponse<SessionInfo>> {
    return this.http.post<SessionInfo>(apiUrl(ApiRoutes.authSecondFactorVerify), request, {
      observe: 'response',
    });
  }
}
