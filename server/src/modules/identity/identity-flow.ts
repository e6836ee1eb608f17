import type { IdentityFlowKind, IdentityFlowStep } from '@guichet/contracts';

/** What a flow's steps gathered; kept with the flow for its 30 minutes, never sent back whole. */
export interface IdentityFlowData {
  /** Lower-case, as typed (IDV-2a, IDV-3b). */
  emailGiven?: string;
  /** E.164, as typed (IDV-3b). */
  mobileGiven?: string;
  /**
   * Where the one-time code goes: the number on file, or the one given when none is on file;
   * `nowhere` when none is on file but the number given cannot be trusted (see `ContactCheck`).
   */
  codeTo?: 'on-file' | 'given' | 'nowhere';
  /** `verify-code`: that number, masked. */
  maskedMobile?: string;
  /** `link-sent`: the address as shown (masked when it is the one on file). */
  shownEmail?: string;
  /** Who one-time codes prove, for their hourly cap (OTP-2). */
  otpSubject?: string;
}

/** A flow as stored. `accountId` null: an unknown access code, played out to the end (IDV-3c). */
export interface IdentityFlow {
  id: string;
  workspaceId: string;
  kind: IdentityFlowKind;
  step: IdentityFlowStep;
  accountId: string | null;
  data: IdentityFlowData;
  attempts: number;
  endedAt: Date | null;
  expiresAt: Date;
}

export interface NewIdentityFlow {
  tokenHash: Buffer;
  workspaceId: string;
  kind: IdentityFlowKind;
  step: IdentityFlowStep;
  accountId: string | null;
  data: IdentityFlowData;
  expiresAt: Date;
}
