/** Errors of the identity-verification flows and password-set links (IDV-*). */
export enum IdentityErrorCode {
  /** No flow for this browser, or it expired (30 minutes): start again. 404. */
  FlowNotFound = 'IDENTITY_FLOW_NOT_FOUND',
  /** The request is not the one of the flow's current step (skip or replay). 409. */
  WrongStep = 'IDENTITY_WRONG_STEP',
  /** The flow is over (too many wrong codes): start again. 410. */
  FlowEnded = 'IDENTITY_FLOW_ENDED',
  /** Wrong or expired code; the flow's `attemptsLeft` went down. 422. */
  WrongCode = 'IDENTITY_WRONG_CODE',
  /** The link is unknown, used, replaced by a newer one or expired: "Ce lien n'est plus valide". 410. */
  LinkInvalid = 'IDENTITY_LINK_INVALID',
  /** No such request in the admin's workspace. 404. */
  ReviewNotFound = 'IDENTITY_REVIEW_NOT_FOUND',
  /** The request was already approved or rejected. 409. */
  ReviewDecided = 'IDENTITY_REVIEW_DECIDED',
}
