import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type ChangePasswordRequest,
  type PasswordChangeInfo,
  type SessionInfo,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The signed-in user's own password change (PWD-3, PWD-5). */
@Injectable({ providedIn: 'root' })
export class PasswordChangeApi {
  private readonly http = inject(HttpClient);

  /** The workspace's policy, the user's context words, and why the change is required if it is. */
  info(): Observable<PasswordChangeInfo> {
    return this.http.get<PasswordChangeInfo>(apiUrl(ApiRoutes.profilePassword));
  }

  /**
   * Changes the password; answers the new session whole, so that the store can place its idle
   * expiry on this browser's clock (the server rotates the session id on success).
   */
  change(request: ChangePasswordRequest): Observable<HttpResponse<SessionInfo>> {
    return this.http.post<SessionInfo>(apiUrl(ApiRoutes.profilePassword), request, {
      observe: 'response',
    });
  }
}
