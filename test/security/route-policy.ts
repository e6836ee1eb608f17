import { Role } from '@guichet/contracts';

/**
 * The access-control policy of every route, written down by hand so that it can be checked
 * against what the decorators actually say (test/security/access-control.security-spec.ts).
 * A route the app registers but this table does not classify fails that test: a new endpoint
 * (GDPR, CRM…) is covered by the matrix as soon as it is classified here, and loudly until then.
 */
export type Audience =
  /** Answers without a session: health, CAPTCHA, sign-in, the pre-authentication wizards. */
  | 'public'
  /** Needs a session cookie (and the XSRF header on changes); `roles` narrows it. */
  | 'signed-in'
  /** Called by an integration with `Authorization: Bearer gch_…` (PWD-6), never a cookie. */
  | 'machine';

/** What a path parameter names: the matrix substitutes another firm's (or user's) one. */
export type ResourceKind =
  | 'account'
  | 'identity-review'
  | 'outbox-message'
  | 'api-key'
  | 'parcel'
  | 'parcel-document'
  | 'secure-message'
  | 'secure-message-recipient'
  /** The secret of a mailed link: holding it is the authorization, so only unknown ones are tried. */
  | 'reader-token'
  /** CRM (GDPR-1): `:owner` is the path segment `companies`; then a company and what hangs off it. */
  | 'crm-owner'
  | 'crm-company'
  | 'crm-contact'
  | 'crm-lead'
  | 'crm-address'
  | 'crm-phone'
  | 'crm-email'
  | 'crm-remark'
  | 'crm-communication'
  | 'crm-opportunity'
  | 'crm-document'
  | 'crm-target-group'
  /** An ERP third party's reference (machine routes only). */
  | 'erp-reference'
  /** GDPR-2, GDPR-4: `:kind` is the path segment `client`; the `:id` is then an account. */
  | 'gdpr-kind';

export interface RoutePolicy {
  audience: Audience;
  /** Signed-in roles allowed; absent: every role. Others answer 403 COMMON_FORBIDDEN. */
  roles?: readonly Role[];
  /** Anonymous callers get 404 (the thing's existence is not told) instead of 401. */
  hiddenFromAnonymous?: boolean;
  /** Path parameters and the resource each names. */
  params?: Record<string, ResourceKind>;
  /**
   * The resource belongs to people, not to the whole firm: someone of the same firm who is not a
   * party (sender, recipient) gets 404 too.
   */
  perUser?: boolean;
}

const ANY = { audience: 'signed-in' } as const;
const PUBLIC = { audience: 'public' } as const;
const ADMIN = { audience: 'signed-in', roles: [Role.Admin] } as const;
const STAFF = { audience: 'signed-in', roles: [Role.Staff, Role.Admin] } as const;
const PARCEL = { ...ANY, params: { id: 'parcel' }, perUser: true } as const;
const DOCUMENT = {
  ...ANY,
  params: { id: 'parcel', documentId: 'parcel-document' },
  perUser: true,
} as const;
const MESSAGE = { ...STAFF, params: { id: 'secure-message' }, perUser: true } as const;
const READER = { ...PUBLIC, params: { token: 'reader-token' } } as const;
const crmItem = (kind: ResourceKind) =>
  ({ ...STAFF, params: { owner: 'crm-owner', id: 'crm-company', itemId: kind } }) as const;
const GDPR_SUBJECT = { ...ADMIN, params: { id: 'account', kind: 'gdpr-kind' } } as const;
const CRM_OWNER = { ...STAFF, params: { owner: 'crm-owner', id: 'crm-company' } } as const;
const CRM_SUB_RECORDS = [
  ['addresses', 'crm-address'],
  ['phones', 'crm-phone'],
  ['emails', 'crm-email'],
  ['remarks', 'crm-remark'],
  ['communications', 'crm-communication'],
  ['opportunities', 'crm-opportunity'],
] as const;
const CRM_RECORDS = [
  ['companies', 'crm-company'],
  ['contacts', 'crm-contact'],
  ['leads', 'crm-lead'],
] as const;

/** The CRM (GDPR-1, GDPR-7): staff and admins of the firm, each record the firm's own. */
const CRM_POLICY: Record<string, RoutePolicy> = {
  ...Object.fromEntries(
    CRM_RECORDS.flatMap(([path, kind]) => [
      [`GET /api/crm/${path}`, STAFF],
      [`POST /api/crm/${path}`, STAFF],
      [`GET /api/crm/${path}/:id`, { ...STAFF, params: { id: kind } }],
      [`PATCH /api/crm/${path}/:id`, { ...STAFF, params: { id: kind } }],
      [`DELETE /api/crm/${path}/:id`, { ...STAFF, params: { id: kind } }],
    ]),
  ),
  'GET /api/crm/third-parties': STAFF,
  'PUT /api/crm/:owner/:id/marketing-opt-out': CRM_OWNER,
  ...Object.fromEntries(
    CRM_SUB_RECORDS.flatMap(([path, kind]) => [
      [`POST /api/crm/:owner/:id/${path}`, CRM_OWNER],
      [`PUT /api/crm/:owner/:id/${path}/:itemId`, crmItem(kind)],
      [`DELETE /api/crm/:owner/:id/${path}/:itemId`, crmItem(kind)],
    ]),
  ),
  'POST /api/crm/:owner/:id/documents': CRM_OWNER,
  'DELETE /api/crm/:owner/:id/documents/:itemId': crmItem('crm-document'),
  'GET /api/crm/:owner/:id/documents/:itemId/content': crmItem('crm-document'),
  'GET /api/crm/target-groups': STAFF,
  'POST /api/crm/target-groups': STAFF,
  'GET /api/crm/target-groups/:id': { ...STAFF, params: { id: 'crm-target-group' } },
  'PUT /api/crm/target-groups/:id': { ...STAFF, params: { id: 'crm-target-group' } },
  'DELETE /api/crm/target-groups/:id': { ...STAFF, params: { id: 'crm-target-group' } },
  'GET /api/crm/target-groups/:id/members': { ...STAFF, params: { id: 'crm-target-group' } },
  'GET /api/crm/target-groups/:id/export': { ...STAFF, params: { id: 'crm-target-group' } },
  'GET /api/crm/marketing-export': STAFF,
  'GET /api/crm/preferences': STAFF,
  'PUT /api/crm/preferences': STAFF,
  'GET /api/integration/crm/third-parties/:reference': {
    audience: 'machine',
    params: { reference: 'erp-reference' },
  },
  'PUT /api/integration/crm/third-parties/:reference': {
    audience: 'machine',
    params: { reference: 'erp-reference' },
  },
  'PUT /api/integration/crm/third-parties/:reference/marketing-opt-out': {
    audience: 'machine',
    params: { reference: 'erp-reference' },
  },
};

export const ROUTE_POLICY: Record<string, RoutePolicy> = {
  // Operations and sign-in.
  'GET /api/health/live': PUBLIC,
  'GET /api/health/ready': PUBLIC,
  'GET /api/captcha/challenge': PUBLIC,
  'GET /api/auth/sign-in-options': PUBLIC,
  'POST /api/auth/sign-in': PUBLIC,
  // Signing out without a session is harmless and lets a stale tab clear its cookie.
  'POST /api/auth/sign-out': PUBLIC,
  'GET /api/auth/session': ANY,
  'POST /api/auth/session/keep-alive': ANY,
  'POST /api/auth/second-factor/sms': ANY,
  'POST /api/auth/second-factor/verify': ANY,
  // Identity wizards: public, bound to the flow cookie and CAPTCHA-guarded at their start.
  'POST /api/identity/first-connection': PUBLIC,
  'POST /api/identity/legacy-migration': ANY,
  'GET /api/identity/flow': PUBLIC,
  'DELETE /api/identity/flow': PUBLIC,
  'POST /api/identity/flow/confirm-email': PUBLIC,
  'POST /api/identity/flow/replace-email': PUBLIC,
  'POST /api/identity/flow/email': PUBLIC,
  'POST /api/identity/flow/contact': PUBLIC,
  'POST /api/identity/flow/code': PUBLIC,
  'POST /api/identity/flow/code/resend': PUBLIC,
  'POST /api/identity/flow/review': PUBLIC,
  'POST /api/identity/forgot-password': PUBLIC,
  'POST /api/identity/lost-identifier': PUBLIC,
  'POST /api/identity/password-link': PUBLIC,
  'POST /api/identity/password-link/use': PUBLIC,
  // The signed-in user's own profile: no id in the path, the session says whose.
  'GET /api/profile': ANY,
  'GET /api/profile/password': ANY,
  'POST /api/profile/password': ANY,
  'PUT /api/profile/language': ANY,
  'POST /api/profile/mobile': ANY,
  'POST /api/profile/mobile/confirm': ANY,
  'POST /api/profile/second-factor/totp': ANY,
  'POST /api/profile/second-factor/totp/confirm': ANY,
  'POST /api/profile/second-factor/sms': ANY,
  'POST /api/profile/second-factor/sms/confirm': ANY,
  'POST /api/profile/second-factor/disable': ANY,
  // Parcels: any role sends and receives; only the sender and the recipients see one.
  'POST /api/parcels': ANY,
  'GET /api/parcels/received': ANY,
  'GET /api/parcels/sent': ANY,
  'GET /api/parcels/options': ANY,
  'GET /api/parcels/recipients': STAFF,
  'GET /api/parcels/:id': { ...PARCEL, hiddenFromAnonymous: true },
  'PATCH /api/parcels/:id': PARCEL,
  'POST /api/parcels/:id/send': PARCEL,
  'POST /api/parcels/:id/withdraw': PARCEL,
  'POST /api/parcels/:id/documents': PARCEL,
  'DELETE /api/parcels/:id/documents/:documentId': DOCUMENT,
  'GET /api/parcels/:id/documents/:documentId/content': { ...DOCUMENT, hiddenFromAnonymous: true },
  'GET /api/parcels/:id/zip': { ...PARCEL, hiddenFromAnonymous: true },
  // Secure messages: staff write them; only their sender sees one.
  'POST /api/secure-messages': STAFF,
  'GET /api/secure-messages/sent': STAFF,
  'GET /api/secure-messages/:id': MESSAGE,
  'POST /api/secure-messages/:id/send': MESSAGE,
  'POST /api/secure-messages/:id/withdraw': MESSAGE,
  'POST /api/secure-messages/:id/recipients/:recipientId/resend': {
    ...MESSAGE,
    params: { id: 'secure-message', recipientId: 'secure-message-recipient' },
  },
  'GET /api/m/:token': READER,
  'POST /api/m/:token/code': READER,
  'POST /api/m/:token/session': READER,
  'GET /api/m/:token/message': READER,
  'GET /api/m/:token/attachments/:documentId': {
    ...READER,
    params: { token: 'reader-token', documentId: 'parcel-document' },
  },
  // Admin module: the admin's own firm only.
  'GET /api/admin/accounts': ADMIN,
  'POST /api/admin/accounts': ADMIN,
  'GET /api/admin/accounts/:id': { ...ADMIN, params: { id: 'account' } },
  'POST /api/admin/accounts/:id/lock': { ...ADMIN, params: { id: 'account' } },
  'POST /api/admin/accounts/:id/unlock': { ...ADMIN, params: { id: 'account' } },
  'POST /api/admin/accounts/:id/sign-out-everywhere': { ...ADMIN, params: { id: 'account' } },
  'POST /api/admin/accounts/:id/temporary-password': { ...ADMIN, params: { id: 'account' } },
  'POST /api/admin/accounts/:id/second-factor-reset': { ...ADMIN, params: { id: 'account' } },
  'PUT /api/admin/accounts/:id/account-manager': { ...ADMIN, params: { id: 'account' } },
  'GET /api/admin/audit': ADMIN,
  'GET /api/admin/outbox': ADMIN,
  'POST /api/admin/outbox/:id/retry': { ...ADMIN, params: { id: 'outbox-message' } },
  'GET /api/admin/identity-reviews': ADMIN,
  'POST /api/admin/identity-reviews/:id/approve': { ...ADMIN, params: { id: 'identity-review' } },
  'POST /api/admin/identity-reviews/:id/reject': { ...ADMIN, params: { id: 'identity-review' } },
  'GET /api/admin/password-policy': ADMIN,
  'PUT /api/admin/password-policy': ADMIN,
  'GET /api/admin/password-compliance': ADMIN,
  'POST /api/admin/password-compliance/repair-all': ADMIN,
  'POST /api/admin/password-compliance/:id/repair': { ...ADMIN, params: { id: 'account' } },
  'GET /api/admin/parcel-settings': ADMIN,
  'PUT /api/admin/parcel-settings': ADMIN,
  'GET /api/admin/parcels/overview': ADMIN,
  'GET /api/admin/api-keys': ADMIN,
  'POST /api/admin/api-keys': ADMIN,
  'POST /api/admin/api-keys/:id/revoke': { ...ADMIN, params: { id: 'api-key' } },
  // GDPR erasure and export (GDPR-2, GDPR-4); the id first: it names whose resource it is.
  'GET /api/admin/gdpr/:kind/:id/erasure': GDPR_SUBJECT,
  'POST /api/admin/gdpr/:kind/:id/erasure': GDPR_SUBJECT,
  'GET /api/admin/gdpr/:kind/:id/export': GDPR_SUBJECT,
  'GET /api/profile/data-export': { audience: 'signed-in', roles: [Role.Client] },
  // Retention (GDPR-5).
  'GET /api/admin/retention/settings': ADMIN,
  'PUT /api/admin/retention/settings': ADMIN,
  'GET /api/admin/retention/report': ADMIN,
  // Integrations.
  'GET /api/integration/whoami': { audience: 'machine' },
  'POST /api/integration/erasures': { audience: 'machine' },
  ...CRM_POLICY,
};
