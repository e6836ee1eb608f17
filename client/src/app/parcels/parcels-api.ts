import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type NewParcelRequest,
  type ParcelDetail,
  type ParcelDocument,
  type ParcelListQuery,
  type ParcelOptions,
  type ParcelPage,
  type ParcelRecipientOption,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../core/http/api-url';

/** Which list: what others sent to the caller, or what the caller sent. */
export type ParcelBox = 'received' | 'sent';

/** `parcels/:id/documents/:documentId` with the ids filled in, encoded. */
function parcelRoute(route: string, id: string, documentId?: string): string {
  let path = route.replace(':id', encodeURIComponent(id));
  if (documentId !== undefined) path = path.replace(':documentId', encodeURIComponent(documentId));
  return apiUrl(path);
}

/**
 * Secure parcels (PARCEL-1…PARCEL-7): lists, the parcel page, drafts and their documents.
 * Provided on the parcels routes, whose HttpClient runs over XMLHttpRequest (see parcel-http.ts)
 * so that uploads report their progress.
 */
@Injectable()
export class ParcelsApi {
  private readonly http = inject(HttpClient);

  /** A page of one list, newest first; `search` and `cursor` are left out when empty. */
  list(box: ParcelBox, query: ParcelListQuery = {}): Observable<ParcelPage> {
    let params = new HttpParams();
    if (query.search) params = params.set('search', query.search);
    if (query.cursor) params = params.set('cursor', query.cursor);
    const route = box === 'received' ? ApiRoutes.parcelsReceived : ApiRoutes.parcelsSent;
    return this.http.get<ParcelPage>(apiUrl(route), { params });
  }

  /** The parcel page; opening it as a recipient records that they opened it (PARCEL-6). */
  detail(id: string): Observable<ParcelDetail> {
    return this.http.get<ParcelDetail>(parcelRoute(ApiRoutes.parcel, id));
  }

  /** Limits, default expiry and, for a client, their account manager. */
  options(): Observable<ParcelOptions> {
    return this.http.get<ParcelOptions>(apiUrl(ApiRoutes.parcelOptions));
  }

  /** Staff: clients matching `search`, 20 at most. */
  recipients(search: string): Observable<ParcelRecipientOption[]> {
    const params = new HttpParams().set('search', search);
    return this.http.get<ParcelRecipientOption[]>(apiUrl(ApiRoutes.parcelRecipients), { params });
  }

  /** A draft, seen by its sender only until it is sent. */
  create(request: NewParcelRequest): Observable<ParcelDetail> {
    return this.http.post<ParcelDetail>(apiUrl(ApiRoutes.parcels), request);
  }

  /**
   * One file into a draft (multipart field `file`), as a stream of events: upload progress, then
   * the stored document. Unsubscribing aborts the request; the server keeps nothing of it.
   */
  upload(id: string, file: File): Observable<HttpEvent<ParcelDocument>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ParcelDocument>(parcelRoute(ApiRoutes.parcelDocuments, id), body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** Takes a document out of a draft. */
  removeDocument(id: string, documentId: string): Observable<void> {
    return this.http
      .delete(parcelRoute(ApiRoutes.parcelDocument, id, documentId))
      .pipe(map(() => undefined));
  }

  /** Makes the draft visible to its recipients, who are notified. */
  send(id: string): Observable<ParcelDetail> {
    return this.http.post<ParcelDetail>(parcelRoute(ApiRoutes.parcelSend, id), null);
  }

  /** Sender: an earlier expiry, never a later one. */
  shortenExpiry(id: string, expiresAt: string): Observable<ParcelDetail> {
    return this.http.patch<ParcelDetail>(parcelRoute(ApiRoutes.parcel, id), { expiresAt });
  }

  /** Sender: the parcel vanishes for everyone at once; the purge job destroys it. */
  withdraw(id: string): Observable<void> {
    return this.http
      .post(parcelRoute(ApiRoutes.parcelWithdraw, id), null)
      .pipe(map(() => undefined));
  }
}

/**
 * Addresses the browser opens itself, as plain links, so that documents stream to disk or to a
 * tab instead of passing through the page's memory.
 */
export const parcelLinks = {
  /** The document as an attachment. */
  download: (id: string, documentId: string) =>
    parcelRoute(ApiRoutes.parcelDocumentContent, id, documentId),
  /** The document shown by the browser (viewable types only). */
  view: (id: string, documentId: string) =>
    `${parcelRoute(ApiRoutes.parcelDocumentContent, id, documentId)}?disposition=inline`,
  /** Every document as one zip. */
  zip: (id: string) => parcelRoute(ApiRoutes.parcelZip, id),
};
