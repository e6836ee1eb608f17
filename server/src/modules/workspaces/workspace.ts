/** A firm as the rest of the product sees it. */
export interface Workspace {
  id: string;
  slug: string;
  name: string;
  idleTimeoutMinutes: number;
  /** SMS one-time codes in the first connection (seed 000's option, IDV-3b). */
  smsOtpEnabled: boolean;
  /** Lifetime of one-time codes in this firm (≤ 15); null = the configured default (OTP-1). */
  otpValidMinutes: number | null;
}

/** What an operator may change of a firm (`configure-workspace`); absent: unchanged. */
export interface WorkspaceSettings {
  name?: string;
  idleTimeoutMinutes?: number;
  smsOtpEnabled?: boolean;
  otpValidMinutes?: number | null;
}
