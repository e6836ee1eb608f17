import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type SessionInfo,
  type SignInOptions,
  type SignInRequest,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../http/api-url';

/**
 * The sign-in and session API. Answers carrying a session come whole (`HttpResponse`) so that
 * the store can read the server's `Date` header and place the idle expiry on this browser's clock.
 */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  /** What the sign-in page needs (single-workspace deployment or not). */
  signInOptions(): Observable<SignInOptions> {
    return this.http.get<SignInOptions>(apiUrl(ApiRoutes.authSignInOptions));
  }

  /** The current session; 401 when there is none or it has ended. */
  current(): Observable<HttpResponse<SessionInfo>> {
    return this.http.get<SessionInfo>(apiUrl(ApiRoutes.authSession), { observe: 'response' });
  }

  /** Opens a session; the server sets the HttpOnly cookie this code never sees. */
  signIn(request: SignInRequest): Observable<HttpResponse<SessionInfo>> {
    return this.http.post<SessionInfo>(apiUrl(ApiRoutes.authSignIn), request, {
      observe: 'response',
    });
  }

  /** Starts the idle timeout again. */
  keepAlive(): Observable<HttpResponse<SessionInfo>> {
    return this.http.post<SessionInfo>(apiUrl(ApiRoutes.authKeepAlive), null, {
      observe: 'response',
    });
  }

  /** Ends the server session and clears the cookie; answers 204 even without a session. */
  signOut(): Observable<void> {
    return this.http.post(apiUrl(ApiRoutes.authSignOut), null).pipe(map(() => undefined));
  }
}
