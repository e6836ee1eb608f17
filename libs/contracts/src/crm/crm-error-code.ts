/** Errors of the CRM (GDPR-1, GDPR-7). */
export enum CrmErrorCode {
  /** No such company, contact, lead, sub-record or target group in the caller's workspace. 404. */
  NotFound = 'CRM_NOT_FOUND',
  /**
   * A remark looks like sensitive data (GDPR-7) and the request did not say the user saw the
   * warning (`acknowledgeSensitive: true`). `fields.text` lists the `SensitiveCategory` found. 422.
   */
  SensitiveText = 'CRM_SENSITIVE_TEXT',
  /** The ERP reference already belongs to another company of the workspace. 409. */
  ErpReferenceTaken = 'CRM_ERP_REFERENCE_TAKEN',
  /**
   * The company is an ERP third party: only the ERP may delete or erase it (seed 002); the answer's
   * message names the reference. 409.
   */
  ErpLinked = 'CRM_ERP_LINKED',
  /** No file in the document upload, or a malformed multipart body. 400. */
  NoFile = 'CRM_NO_FILE',
  /** The document is larger than the CRM's per-file limit (`CRM_DOCUMENT_MAX_BYTES`). 413. */
  FileTooLarge = 'CRM_FILE_TOO_LARGE',
}
