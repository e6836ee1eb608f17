/** The identity-verification wizards that run on a server-side flow (IDV-2, IDV-3, IDV-7). */
export type IdentityFlowKind = 'first-connection' | 'legacy-migration';

/**
 * Where a flow stands. Each step is one routed page of the client's wizard; the server accepts
 * only the request of the current step, so a step can be neither skipped nor replayed.
 */
export type IdentityFlowStep =
  /** IDV-2b, IDV-3a: the address on file, masked, with Confirm and "no longer have access". */
  | 'confirm-email'
  /** IDV-2a: a legacy user with no address on file types one. */
  | 'enter-email'
  /** IDV-3b (and IDV-2b's "no longer have access"): e-mail and mobile, both mandatory. */
  | 'contact'
  /** A 6-digit SMS code went to `maskedMobile` (the number on file, or the one given when none). */
  | 'verify-code'
  /** Final: "Un mail contenant le lien … vient d'être envoyé à l'adresse …" (`email`). */
  | 'link-sent'
  /**
   * Final: "if your details match our records, you will receive a mail" — an admin will check
   * the request (IDV-3b without SMS), and an unknown access code ends here too (IDV-3c).
   */
  | 'under-review';

/**
 * `GET /api/identity/flow` and the answer to every step. The flow itself is named by an HttpOnly
 * cookie (`guichet_flow`, path `/api/identity`, 30 minutes), never by the URL.
 */
export interface IdentityFlowState {
  kind: IdentityFlowKind;
  step: IdentityFlowStep;
  workspace: { slug: string; name: string };
  /**
   * `confirm-email`: the address on file, masked (`s.b******@idealsoft.fr`); `link-sent`: where
   * the link went (masked when it is the address on file, as typed otherwise); else null.
   */
  email: string | null;
  /** `verify-code`: where the code went, masked (`+33 6 •• •• •• 10`); else null. */
  maskedMobile: string | null;
  /** `verify-code`: wrong codes still allowed before the flow ends (OTP-1: 5 in all). */
  attemptsLeft: number | null;
  /** `verify-code`: seconds before "send a new code" is allowed (OTP-2 cooldown); else null. */
  resendInSeconds: number | null;
  /** ISO 8601: the flow ends 30 minutes after it started (IDV-7). */
  expiresAt: string;
}

/** Body of `POST /api/identity/first-connection` ("Première connexion", IDV-3a). */
export interface StartFirstConnectionRequest {
  /** Workspace slug; may be omitted in a single-workspace deployment. */
  workspace?: string;
  accessCode: string;
  /** The ALTCHA payload (base64) solved by the widget (AUTH-3). */
  captcha: string;
}

/** Body of `POST /api/identity/flow/email` (step `enter-email`, IDV-2a). */
export interface EnterEmailRequest {
  email: string;
}

/** Body of `POST /api/identity/flow/contact` (step `contact`, IDV-3b). */
export interface ContactRequest {
  email: string;
  /** Any format libphonenumber reads, French numbers by default (`06 06 10 10 10`). */
  mobile: string;
}

/** Body of `POST /api/identity/flow/code` (step `verify-code`). */
export interface VerifyCodeRequest {
  /** 6 digits. */
  code: string;
}
