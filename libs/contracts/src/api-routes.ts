/** Prefix of every HTTP API route; everything else is the Angular client. */
export const API_PREFIX = 'api';

/** Paths of the API routes, relative to {@link API_PREFIX}, shared by client and server. */
export const ApiRoutes = {
  healthLive: 'health/live',
  healthReady: 'health/ready',
  docs: 'docs',
  devInbox: 'dev/inbox',
  adminOutbox: 'admin/outbox',
  authSignIn: 'auth/sign-in',
  authSignOut: 'auth/sign-out',
  authSession: 'auth/session',
  authKeepAlive: 'auth/session/keep-alive',
  authSignInOptions: 'auth/sign-in-options',
  captchaChallenge: 'captcha/challenge',
  authSecondFactorSms: 'auth/second-factor/sms',
  authSecondFactorVerify: 'auth/second-factor/verify',
  adminAccounts: 'admin/accounts',
  adminAccount: 'admin/accounts/:id',
  adminAccountLock: 'admin/accounts/:id/lock',
  adminAccountUnlock: 'admin/accounts/:id/unlock',
  adminAccountSignOutEverywhere: 'admin/accounts/:id/sign-out-everywhere',
  /** An admin turns off the second factor of someone who lost it (and their recovery codes). */
  adminAccountSecondFactorReset: 'admin/accounts/:id/second-factor-reset',
  adminAudit: 'admin/audit',
  identityFirstConnection: 'identity/first-connection',
  identityLegacyMigration: 'identity/legacy-migration',
  /** GET: the flow's state; DELETE: cancel it. */
  identityFlow: 'identity/flow',
  identityFlowConfirmEmail: 'identity/flow/confirm-email',
  /** "I no longer have access to this address": from `confirm-email` to `contact`. */
  identityFlowReplaceEmail: 'identity/flow/replace-email',
  identityFlowEmail: 'identity/flow/email',
  identityFlowContact: 'identity/flow/contact',
  identityFlowCode: 'identity/flow/code',
  identityFlowResendCode: 'identity/flow/code/resend',
  /** "I no longer have this phone": from `verify-code` to an admin review. */
  identityFlowAskReview: 'identity/flow/review',
  identityForgotPassword: 'identity/forgot-password',
  identityLostIdentifier: 'identity/lost-identifier',
  identityPasswordLink: 'identity/password-link',
  identityPasswordLinkUse: 'identity/password-link/use',
  adminIdentityReviews: 'admin/identity-reviews',
  adminIdentityReviewApprove: 'admin/identity-reviews/:id/approve',
  adminIdentityReviewReject: 'admin/identity-reviews/:id/reject',
  profile: 'profile',
  profileLanguage: 'profile/language',
  profileMobile: 'profile/mobile',
  profileMobileConfirm: 'profile/mobile/confirm',
  profileTotp: 'profile/second-factor/totp',
  profileTotpConfirm: 'profile/second-factor/totp/confirm',
  profileSms: 'profile/second-factor/sms',
  profileSmsConfirm: 'profile/second-factor/sms/confirm',
  profileSecondFactorDisable: 'profile/second-factor/disable',
  /** POST: a draft (`NewParcelRequest`). */
  parcels: 'parcels',
  parcelsReceived: 'parcels/received',
  parcelsSent: 'parcels/sent',
  parcelOptions: 'parcels/options',
  parcelRecipients: 'parcels/recipients',
  /** GET: the parcel page; PATCH: an earlier expiry (`ParcelExpiryRequest`). */
  parcel: 'parcels/:id',
  /** POST multipart, one file in the field `file`: answers the `ParcelDocument` (201). */
  parcelDocuments: 'parcels/:id/documents',
  /** DELETE: removes a document from a draft. */
  parcelDocument: 'parcels/:id/documents/:documentId',
  /** GET: the content, streamed, with Range; `?disposition=inline` only for viewable types. */
  parcelDocumentContent: 'parcels/:id/documents/:documentId/content',
  /** GET: every document of the parcel as one streamed zip. */
  parcelZip: 'parcels/:id/zip',
  parcelSend: 'parcels/:id/send',
  parcelWithdraw: 'parcels/:id/withdraw',
  /** POST: a draft message (attachments via `parcelDocuments`); GET `secureMessagesSent`: the list. */
  secureMessages: 'secure-messages',
  secureMessagesSent: 'secure-messages/sent',
  secureMessage: 'secure-messages/:id',
  secureMessageSend: 'secure-messages/:id/send',
  secureMessageWithdraw: 'secure-messages/:id/withdraw',
  secureMessageResend: 'secure-messages/:id/recipients/:recipientId/resend',
  /** Public, by personal link: landing, code, session, message, attachment. */
  readerLanding: 'm/:token',
  readerCode: 'm/:token/code',
  readerSession: 'm/:token/session',
  readerMessage: 'm/:token/message',
  readerAttachment: 'm/:token/attachments/:documentId',
  adminParcelSettings: 'admin/parcel-settings',
  adminParcelOverview: 'admin/parcels/overview',
  adminAccountManager: 'admin/accounts/:id/account-manager',
  /** GET: what the change-password page needs; POST: change it (current + new, PWD-3, PWD-5). */
  profilePassword: 'profile/password',
  /** POST (admin): "Générer un mot de passe temporaire" (PWD-3). */
  adminAccountTemporaryPassword: 'admin/accounts/:id/temporary-password',
  /** GET | PUT (admin): the workspace's password policy and its mode (PWD-1, PWD-2). */
  adminPasswordPolicy: 'admin/password-policy',
  /** GET (admin): accounts below the policy, with reasons (PWD-4). */
  adminPasswordCompliance: 'admin/password-compliance',
  /** POST (admin): force a change at next sign-in for one account / every one listed. */
  adminPasswordComplianceRepair: 'admin/password-compliance/:id/repair',
  adminPasswordComplianceRepairAll: 'admin/password-compliance/repair-all',
  /** GET: the workspace's integration keys; POST: a new one, its secret shown once (PWD-6). */
  adminApiKeys: 'admin/api-keys',
  /** POST (admin): revoke a key; at once, its calls answer 401. */
  adminApiKeyRevoke: 'admin/api-keys/:id/revoke',
  /** GET | PUT (admin): the workspace's retention periods (GDPR-5). */
  adminRetentionSettings: 'admin/retention/settings',
  /** GET (admin): what is past its period and what expires within 30 days (a dry run). */
  adminRetentionReport: 'admin/retention/report',
  /** GET with `Authorization: Bearer gch_…`: what the key is (machine route). */
  integrationWhoami: 'integration/whoami',
  /** GET (admin): what erasing the subject would take; POST: erase it (`ErasureRequest`), GDPR-2. */
  adminGdprErasure: 'admin/gdpr/:kind/:id/erasure',
  /** GET (admin): everything about the subject as one streamed zip (GDPR-4). */
  adminGdprExport: 'admin/gdpr/:kind/:id/export',
  /** GET: the signed-in client's own data as one streamed zip (GDPR-4). */
  profileDataExport: 'profile/data-export',
  /** POST (ERP, scope `gdpr:write`): the ERP erased a third party (`ErpErasureRequest`). */
  integrationErasures: 'integration/erasures',
  /**
   * CRM (GDPR-1, GDPR-7), staff and admin of the workspace; clients and other workspaces get 404.
   * GET: a `CrmPage` of summaries (`CrmListQuery`); POST: create (201, the detail).
   */
  crmCompanies: 'crm/companies',
  /** GET: the detail; PATCH: update; DELETE: delete with everything hanging off it (204). */
  crmCompany: 'crm/companies/:id',
  crmContacts: 'crm/contacts',
  crmContact: 'crm/contacts/:id',
  crmLeads: 'crm/leads',
  crmLead: 'crm/leads/:id',
  /** GET: a `CrmPage<CrmCompanySummary>` of the companies linked to the ERP ("tiers"). */
  crmThirdParties: 'crm/third-parties',
  /** PUT `MarketingOptOutRequest`; `:owner` is `companies`, `contacts` or `leads`. */
  crmMarketingOptOut: 'crm/:owner/:id/marketing-opt-out',
  /** POST: add one (201, the sub-record); `:itemId` routes: PUT replace, DELETE (204). */
  crmAddresses: 'crm/:owner/:id/addresses',
  crmAddress: 'crm/:owner/:id/addresses/:itemId',
  crmPhones: 'crm/:owner/:id/phones',
  crmPhone: 'crm/:owner/:id/phones/:itemId',
  crmEmails: 'crm/:owner/:id/emails',
  crmEmail: 'crm/:owner/:id/emails/:itemId',
  crmRemarks: 'crm/:owner/:id/remarks',
  crmRemark: 'crm/:owner/:id/remarks/:itemId',
  crmCommunications: 'crm/:owner/:id/communications',
  crmCommunication: 'crm/:owner/:id/communications/:itemId',
  crmOpportunities: 'crm/:owner/:id/opportunities',
  crmOpportunity: 'crm/:owner/:id/opportunities/:itemId',
  /** POST multipart, one file in the field `file` (201 `CrmDocument`); `:itemId`: DELETE. */
  crmDocuments: 'crm/:owner/:id/documents',
  crmDocument: 'crm/:owner/:id/documents/:itemId',
  /** GET: the document's content, streamed as an attachment. */
  crmDocumentContent: 'crm/:owner/:id/documents/:itemId/content',
  /** GET: the target groups of the workspace; POST `CrmTargetGroupRequest` (201). */
  crmTargetGroups: 'crm/target-groups',
  /** GET | PUT | DELETE one target group. */
  crmTargetGroup: 'crm/target-groups/:id',
  /** GET `?page=`: a `CrmPage<CrmTargetMember>`, opted-out records always left out. */
  crmTargetGroupMembers: 'crm/target-groups/:id/members',
  /** GET: the members as CSV, opted-out records always left out. */
  crmTargetGroupExport: 'crm/target-groups/:id/export',
  /** GET `CrmMarketingExportQuery`: CSV, opted-out records always left out. */
  crmMarketingExport: 'crm/marketing-export',
  /** GET | PUT `CrmPreferences` of the signed-in user. */
  crmPreferences: 'crm/preferences',
  /** Integration API (machine route): PUT `ErpThirdPartyRequest` (crm:write), GET (crm:read). */
  integrationCrmThirdParty: 'integration/crm/third-parties/:reference',
  /** PUT `ErpMarketingOptOutRequest` (crm:write). */
  integrationCrmThirdPartyOptOut: 'integration/crm/third-parties/:reference/marketing-opt-out',
} as const;
