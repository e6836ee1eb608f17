import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type ErasurePreview,
  type ErasureRequest,
  type ErasureResult,
  type ErasureSubjectKind,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url';

/** Who an erasure or export is about: a client account, or a CRM company, contact or lead. */
export interface ErasureSubjectRef {
  readonly kind: ErasureSubjectKind;
  readonly id: string;
}

const subjectRoute = (route: string, { kind, id }: ErasureSubjectRef) =>
  apiUrl(route.replace(':kind', kind).replace(':id', encodeURIComponent(id)));

/** GDPR-2, GDPR-4 for admins: preview and erase a person's data, or download all of it. */
@Injectable({ providedIn: 'root' })
export class GdprApi {
  private readonly http = inject(HttpClient);

  /** What the erasure would take; nothing changes. */
  preview(subject: ErasureSubjectRef): Observable<ErasurePreview> {
    return this.http.get<ErasurePreview>(subjectRoute(ApiRoutes.adminGdprErasure, subject));
  }

  /** Erases, if `confirmation` is what the preview asked to type (the server checks again). */
  erase(subject: ErasureSubjectRef, confirmation: string): Observable<ErasureResult> {
    const body: ErasureRequest = { confirmation };
    return this.http.post<ErasureResult>(subjectRoute(ApiRoutes.adminGdprErasure, subject), body);
  }

  /** The zip's address: a plain link downloads it with the session cookie. */
  exportUrl(subject: ErasureSubjectRef): string {
    return subjectRoute(ApiRoutes.adminGdprExport, subject);
  }
}
