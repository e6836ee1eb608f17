/** Error codes of erasure and export (GDPR-2, GDPR-4). */
export enum GdprErrorCode {
  /** No such client, company, contact or lead in this workspace (also another workspace's). */
  SubjectNotFound = 'GDPR_SUBJECT_NOT_FOUND',
  /** The typed confirmation is not what the preview asked for: nothing was erased. */
  WrongConfirmation = 'GDPR_WRONG_CONFIRMATION',
  /** The company is linked to an ERP third party: erase it in the ERP, the erasure comes back. */
  ErpLinked = 'GDPR_ERP_LINKED',
  /** Admins and account managers are not erased from here (only clients and CRM records). */
  NotErasable = 'GDPR_NOT_ERASABLE',
  /** The e-mail or phone belongs to a person erased at their request: not recorded again. */
  ErasedBefore = 'GDPR_ERASED_BEFORE',
}
