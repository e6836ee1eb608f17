import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type CrmAddress,
  type CrmAddressRequest,
  type CrmCommunication,
  type CrmCommunicationRequest,
  type CrmDocument,
  type CrmOpportunity,
  type CrmOpportunityRequest,
  type CrmEmail,
  type CrmEmailRequest,
  type CrmPhone,
  type CrmPhoneRequest,
  CRM_OWNER_PATHS,
  type CrmCompanyDetail,
  type CrmCompanyRequest,
  type CrmContactRequest,
  type CrmLeadRequest,
  type CrmContactDetail,
  type CrmCriteria,
  type CrmLeadDetail,
  type CrmListQuery,
  type CrmOwnerKind,
  type CrmPage,
  type CrmPreferences,
  type CrmRemark,
  type CrmRemarkRequest,
  type CrmTargetEntity,
  type CrmTargetGroup,
  type CrmTargetGroupRequest,
  type MarketingOptOutAnswer,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../core/http/api-url';
import type { CrmRow } from './crm-row';

/** The detail of each kind of record. */
export interface CrmDetails {
  readonly company: CrmCompanyDetail;
  readonly contact: CrmContactDetail;
  readonly lead: CrmLeadDetail;
}

/** The body that creates each kind of record. */
export interface CrmCreateRequests {
  readonly company: CrmCompanyRequest;
  readonly contact: CrmContactRequest;
  readonly lead: CrmLeadRequest;
}

/** Where a record is reached: its addresses, phones and e-mails. */
export interface ContactPoints {
  readonly addresses: CrmAddress;
  readonly phones: CrmPhone;
  readonly emails: CrmEmail;
}

export type ContactPointKind = keyof ContactPoints;

export interface ContactPointRequests {
  readonly addresses: CrmAddressRequest;
  readonly phones: CrmPhoneRequest;
  readonly emails: CrmEmailRequest;
}

/** The body that changes each kind of record (`PATCH`: the fields sent, the others kept). */
export type CrmUpdateRequests = {
  readonly [K in CrmOwnerKind]: Partial<CrmCreateRequests[K]>;
};

/** The sub-records a record page deletes one by one. */
export type DeletableSubRecord =
  ContactPointKind | 'remarks' | 'communications' | 'opportunities' | 'documents';

const SUB_RECORD_ROUTES = {
  addresses: { list: ApiRoutes.crmAddresses, item: ApiRoutes.crmAddress },
  phones: { list: ApiRoutes.crmPhones, item: ApiRoutes.crmPhone },
  emails: { list: ApiRoutes.crmEmails, item: ApiRoutes.crmEmail },
  remarks: { list: ApiRoutes.crmRemarks, item: ApiRoutes.crmRemark },
  communications: { list: ApiRoutes.crmCommunications, item: ApiRoutes.crmCommunication },
  opportunities: { list: ApiRoutes.crmOpportunities, item: ApiRoutes.crmOpportunity },
  documents: { list: ApiRoutes.crmDocuments, item: ApiRoutes.crmDocument },
} as const satisfies Record<DeletableSubRecord, { list: string; item: string }>;

/** The list route of each list screen. */
const LIST_ROUTES = {
  company: ApiRoutes.crmCompanies,
  contact: ApiRoutes.crmContacts,
  lead: ApiRoutes.crmLeads,
  'third-party': ApiRoutes.crmThirdParties,
} as const satisfies Record<CrmTargetEntity, string>;

const DETAIL_ROUTES = {
  company: ApiRoutes.crmCompany,
  contact: ApiRoutes.crmContact,
  lead: ApiRoutes.crmLead,
} as const satisfies Record<CrmOwnerKind, string>;

/** A route with its `:name` segments filled in, encoded. */
function route(path: string, values: Readonly<Record<string, string>>): string {
  return apiUrl(path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name])));
}

/** Query parameters of the set values; empty strings and undefined are left out. */
function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, String(value));
  }
  return params;
}

/** The CRM for the firm's staff and admins (GDPR-1, GDPR-7); the server checks role and firm. */
@Injectable({ providedIn: 'root' })
export class CrmApi {
  private readonly http = inject(HttpClient);

  /** A page of companies, contacts, leads or third parties matching the query. */
  list(entity: CrmTargetEntity, query: CrmListQuery): Observable<CrmPage<CrmRow>> {
    return this.http.get<CrmPage<CrmRow>>(apiUrl(LIST_ROUTES[entity]), {
      params: paramsOf(query),
    });
  }

  record<K extends CrmOwnerKind>(kind: K, id: string): Observable<CrmDetails[K]> {
    return this.http.get<CrmDetails[K]>(route(DETAIL_ROUTES[kind], { id }));
  }

  /** Creates a company, contact or lead; answers its detail (201). */
  create<K extends CrmOwnerKind>(
    kind: K,
    request: CrmCreateRequests[K],
  ): Observable<CrmDetails[K]> {
    return this.http.post<CrmDetails[K]>(apiUrl(LIST_ROUTES[kind]), request);
  }

  /** Changes the main fields of a company, contact or lead; answers its detail. */
  update<K extends CrmOwnerKind>(
    kind: K,
    id: string,
    request: CrmUpdateRequests[K],
  ): Observable<CrmDetails[K]> {
    return this.http.patch<CrmDetails[K]>(route(DETAIL_ROUTES[kind], { id }), request);
  }

  /**
   * Deletes a record and everything hanging off it (204); an ERP third party answers 409
   * `CRM_ERP_LINKED`.
   */
  remove(kind: CrmOwnerKind, id: string): Observable<void> {
    return this.http.delete(route(DETAIL_ROUTES[kind], { id })).pipe(map(() => undefined));
  }

  /** Sets or lifts "Exclure des traitements à des fins marketing"; answers the new state. */
  setMarketingOptOut(kind: CrmOwnerKind, id: string, optedOut: boolean) {
    return this.http
      .put<MarketingOptOutAnswer>(
        route(ApiRoutes.crmMarketingOptOut, { owner: CRM_OWNER_PATHS[kind], id }),
        { optedOut },
      )
      .pipe(map((answer) => answer.marketingOptOut));
  }

  /**
   * Adds an address, a phone or an e-mail to a record, or replaces one when `itemId` is given;
   * answers it as stored (phones in E.164).
   */
  saveContactPoint<W extends ContactPointKind>(
    kind: CrmOwnerKind,
    id: string,
    which: W,
    request: ContactPointRequests[W],
    itemId?: string,
  ): Observable<ContactPoints[W]> {
    const owner = CRM_OWNER_PATHS[kind];
    const paths = SUB_RECORD_ROUTES[which];
    return itemId
      ? this.http.put<ContactPoints[W]>(route(paths.item, { owner, id, itemId }), request)
      : this.http.post<ContactPoints[W]>(route(paths.list, { owner, id }), request);
  }

  /** Logs a communication with the person (GDPR-5: one from them restarts a lead's retention). */
  addCommunication(
    kind: CrmOwnerKind,
    id: string,
    request: CrmCommunicationRequest,
  ): Observable<CrmCommunication> {
    return this.http.post<CrmCommunication>(
      route(SUB_RECORD_ROUTES.communications.list, { owner: CRM_OWNER_PATHS[kind], id }),
      request,
    );
  }

  /** Adds an opportunity to a record, or replaces one when `itemId` is given. */
  saveOpportunity(
    kind: CrmOwnerKind,
    id: string,
    request: CrmOpportunityRequest,
    itemId?: string,
  ): Observable<CrmOpportunity> {
    const owner = CRM_OWNER_PATHS[kind];
    const paths = SUB_RECORD_ROUTES.opportunities;
    return itemId
      ? this.http.put<CrmOpportunity>(route(paths.item, { owner, id, itemId }), request)
      : this.http.post<CrmOpportunity>(route(paths.list, { owner, id }), request);
  }

  /**
   * Attaches a file to a record (multipart, field `file`); the server encrypts it, scans it when
   * an antivirus is configured, and refuses one over its limit (413 `CRM_FILE_TOO_LARGE`).
   */
  uploadDocument(kind: CrmOwnerKind, id: string, file: File): Observable<CrmDocument> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<CrmDocument>(
      route(SUB_RECORD_ROUTES.documents.list, { owner: CRM_OWNER_PATHS[kind], id }),
      body,
    );
  }

  /** Deletes an entry of a record's lists (204): an address, a phone, a document… */
  removeSubRecord(
    kind: CrmOwnerKind,
    id: string,
    which: DeletableSubRecord,
    itemId: string,
  ): Observable<void> {
    return this.http
      .delete(route(SUB_RECORD_ROUTES[which].item, { owner: CRM_OWNER_PATHS[kind], id, itemId }))
      .pipe(map(() => undefined));
  }

  /** Adds a remark, or replaces one when `remarkId` is given. */
  saveRemark(
    kind: CrmOwnerKind,
    id: string,
    request: CrmRemarkRequest,
    remarkId?: string,
  ): Observable<CrmRemark> {
    const owner = CRM_OWNER_PATHS[kind];
    const paths = SUB_RECORD_ROUTES.remarks;
    return remarkId
      ? this.http.put<CrmRemark>(route(paths.item, { owner, id, itemId: remarkId }), request)
      : this.http.post<CrmRemark>(route(paths.list, { owner, id }), request);
  }

  /** Where a document of a record downloads from (a plain link: the browser streams it). */
  documentUrl(kind: CrmOwnerKind, id: string, documentId: string): string {
    return route(ApiRoutes.crmDocumentContent, {
      owner: CRM_OWNER_PATHS[kind],
      id,
      itemId: documentId,
    });
  }

  preferences(): Observable<CrmPreferences> {
    return this.http.get<CrmPreferences>(apiUrl(ApiRoutes.crmPreferences));
  }

  savePreferences(preferences: CrmPreferences): Observable<CrmPreferences> {
    return this.http.put<CrmPreferences>(apiUrl(ApiRoutes.crmPreferences), preferences);
  }

  targetGroups(): Observable<CrmTargetGroup[]> {
    return this.http.get<CrmTargetGroup[]>(apiUrl(ApiRoutes.crmTargetGroups));
  }

  createTargetGroup(request: CrmTargetGroupRequest): Observable<CrmTargetGroup> {
    return this.http.post<CrmTargetGroup>(apiUrl(ApiRoutes.crmTargetGroups), request);
  }

  deleteTargetGroup(id: string): Observable<void> {
    return this.http.delete(route(ApiRoutes.crmTargetGroup, { id })).pipe(map(() => undefined));
  }

  /**
   * The CSV of a marketing export of the list's criteria: a plain link, so the browser downloads
   * it; the server leaves opted-out records out whatever the screen shows.
   */
  marketingExportUrl(entity: CrmTargetEntity, criteria: CrmCriteria): string {
    const params = paramsOf({ entity, ...criteria }).toString();
    return `${apiUrl(ApiRoutes.crmMarketingExport)}?${params}`;
  }

  targetGroupExportUrl(id: string): string {
    return route(ApiRoutes.crmTargetGroupExport, { id });
  }
}
