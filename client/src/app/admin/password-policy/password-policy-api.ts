import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type PasswordPolicyUpdate,
  type WorkspacePasswordPolicy,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** The workspace's password policy and its roll-out mode (PWD-1, PWD-2), for its admins. */
@Injectable({ providedIn: 'root' })
export class PasswordPolicyApi {
  private readonly http = inject(HttpClient);

  current(): Observable<WorkspacePasswordPolicy> {
    return this.http.get<WorkspacePasswordPolicy>(apiUrl(ApiRoutes.adminPasswordPolicy));
  }

  /** Answers the policy as saved: a new version when the rules changed, the same for a mode. */
  update(update: PasswordPolicyUpdate): Observable<WorkspacePasswordPolicy> {
    return this.http.put<WorkspacePasswordPolicy>(apiUrl(ApiRoutes.adminPasswordPolicy), update);
  }
}
