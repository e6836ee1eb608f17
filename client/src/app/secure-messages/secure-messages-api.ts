import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type NewSecureMessageRequest,
  type ReceivedSecureMessage,
  type SecureMessageCodeSent,
  type SecureMessageLanding,
  type SecureMessageSessionRequest,
  type SentSecureMessage,
  type SentSecureMessagePage,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/http/api-url';

const fill = (route: string, values: Record<string, string>): string =>
  apiUrl(
    Object.entries(values).reduce(
      (path, [name, value]) => path.replace(`:${name}`, encodeURIComponent(value)),
      route,
    ),
  );

/** Secure messages (PARCEL-8): the staff side, and the external recipient's reader flow. */
@Injectable({ providedIn: 'root' })
export class SecureMessagesApi {
  private readonly http = inject(HttpClient);

  create(request: NewSecureMessageRequest): Observable<SentSecureMessage> {
    return this.http.post<SentSecureMessage>(apiUrl(ApiRoutes.secureMessages), request);
  }

  send(id: string): Observable<SentSecureMessage> {
    return this.http.post<SentSecureMessage>(fill(ApiRoutes.secureMessageSend, { id }), {});
  }

  /** A page of the sender's messages, newest first; the next one after `cursor`. */
  sent(cursor?: string): Observable<SentSecureMessagePage> {
    const params: Record<string, string> = cursor ? { cursor } : {};
    return this.http.get<SentSecureMessagePage>(apiUrl(ApiRoutes.secureMessagesSent), { params });
  }

  detail(id: string): Observable<SentSecureMessage> {
    return this.http.get<SentSecureMessage>(fill(ApiRoutes.secureMessage, { id }));
  }

  withdraw(id: string): Observable<void> {
    return this.http.post<void>(fill(ApiRoutes.secureMessageWithdraw, { id }), {});
  }

  resend(id: string, recipientId: string): Observable<SentSecureMessage> {
    return this.http.post<SentSecureMessage>(
      fill(ApiRoutes.secureMessageResend, { id, recipientId }),
      {},
    );
  }

  landing(token: string): Observable<SecureMessageLanding> {
    return this.http.get<SecureMessageLanding>(fill(ApiRoutes.readerLanding, { token }));
  }

  requestCode(token: string): Observable<SecureMessageCodeSent> {
    return this.http.post<SecureMessageCodeSent>(fill(ApiRoutes.readerCode, { token }), {});
  }

  openSession(token: string, request: SecureMessageSessionRequest): Observable<void> {
    return this.http.post<void>(fill(ApiRoutes.readerSession, { token }), request);
  }

  read(token: string): Observable<ReceivedSecureMessage> {
    return this.http.get<ReceivedSecureMessage>(fill(ApiRoutes.readerMessage, { token }));
  }

  /** A plain link: the browser downloads it with the recipient-session cookie. */
  attachmentUrl(token: string, documentId: string): string {
    return fill(ApiRoutes.readerAttachment, { token, documentId });
  }
}
