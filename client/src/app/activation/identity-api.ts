import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type ContactRequest,
  type EnterEmailRequest,
  type ForgotPasswordRequest,
  type IdentityFlowState,
  type LostIdentifierRequest,
  type PasswordLinkInfo,
  type PasswordLinkRequest,
  type SetPasswordRequest,
  type SetPasswordResult,
  type StartFirstConnectionRequest,
  type VerifyCodeRequest,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../core/http/api-url';

/**
 * The identity-verification API (IDV-2…IDV-6). The flow is named by an HttpOnly cookie the server
 * sets: this code never sees a flow id. Every step answers the flow's new state.
 */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  /** Where the browser's flow stands; 404 `IDENTITY_FLOW_NOT_FOUND` when there is none. */
  flow(): Observable<IdentityFlowState> {
    return this.http.get<IdentityFlowState>(apiUrl(ApiRoutes.identityFlow));
  }

  /** Cancels the browser's flow. */
  cancel(): Observable<void> {
    return this.http.delete(apiUrl(ApiRoutes.identityFlow)).pipe(map(() => undefined));
  }

  /** "Première connexion" with an access code (IDV-3a). */
  startFirstConnection(request: StartFirstConnectionRequest): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFirstConnection), request);
  }

  /** The migration of the signed-in user's legacy password (IDV-2). */
  startLegacyMigration(): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityLegacyMigration), null);
  }

  /** "Confirmer": the link goes to the address on file. */
  confirmEmail(): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowConfirmEmail), null);
  }

  /** "I no longer have access to this address": on to the contact step. */
  replaceEmail(): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowReplaceEmail), null);
  }

  enterEmail(request: EnterEmailRequest): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowEmail), request);
  }

  contact(request: ContactRequest): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowContact), request);
  }

  /** 422 `IDENTITY_WRONG_CODE` on a wrong code, 410 `IDENTITY_FLOW_ENDED` on the last one. */
  verifyCode(request: VerifyCodeRequest): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowCode), request);
  }

  /** 429 `OTP_COOLDOWN` with `Retry-After` when asked too soon. */
  resendCode(): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowResendCode), null);
  }

  /** "I no longer have this phone": an admin of the firm will check the request. */
  askReview(): Observable<IdentityFlowState> {
    return this.http.post<IdentityFlowState>(apiUrl(ApiRoutes.identityFlowAskReview), null);
  }

  /** Answered 202 whether or not the account exists (IDV-4). */
  forgotPassword(request: ForgotPasswordRequest): Observable<void> {
    return this.http
      .post(apiUrl(ApiRoutes.identityForgotPassword), request)
      .pipe(map(() => undefined));
  }

  /** Answered 202 whether or not the account exists (IDV-4). */
  lostIdentifier(request: LostIdentifierRequest): Observable<void> {
    return this.http
      .post(apiUrl(ApiRoutes.identityLostIdentifier), request)
      .pipe(map(() => undefined));
  }

  /** What the password page shows; 410 `IDENTITY_LINK_INVALID` for a dead link. */
  inspectLink(request: PasswordLinkRequest): Observable<PasswordLinkInfo> {
    return this.http.post<PasswordLinkInfo>(apiUrl(ApiRoutes.identityPasswordLink), request);
  }

  /** Sets the password (IDV-6); 422 with `fields.password` or `fields.acceptTerms`. */
  setPassword(request: SetPasswordRequest): Observable<SetPasswordResult> {
    return this.http.post<SetPasswordResult>(apiUrl(ApiRoutes.identityPasswordLinkUse), request);
  }
}
