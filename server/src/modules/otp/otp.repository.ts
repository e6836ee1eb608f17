export interface NewOtpChallenge {
  purpose: string;
  flowId: string;
  workspaceId: string | null;
  subject: string | null;
  recipient: string;
  codeHash: Buffer;
  expiresAt: Date;
}

/** How a flow's codes stand: for the try limit and the resend cooldown. */
export interface OtpFlowState {
  /** Wrong tries over every code of the flow (a new code does not reset them, OTP-1). */
  attempts: number;
  lastIssuedAt: Date | null;
}

/** Codes sent since a time, per cap of OTP-2. */
export interface OtpSentCounts {
  recipient: number;
  workspace: number;
  subject: number;
}

/** Port: one-time code challenges. */
export abstract class OtpRepository {
  abstract add(challenge: NewOtpChallenge): Promise<void>;

  abstract flowState(purpose: string, flowId: string): Promise<OtpFlowState>;

  /** Codes sent to a recipient, in a workspace and for a subject since a time (hourly caps, OTP-2). */
  abstract countSince(
    since: Date,
    recipient: string,
    workspaceId: string | null,
    subject: string | null,
  ): Promise<OtpSentCounts>;

  /**
   * Consumes the flow's live code if its hash matches, else counts a wrong try on the flow;
   * one statement so that two concurrent tries cannot both win. Says whether it matched.
   */
  abstract consume(
    purpose: string,
    flowId: string,
    codeHash: Buffer,
    maxAttempts: number,
  ): Promise<boolean>;
}
