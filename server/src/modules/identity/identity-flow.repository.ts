import type { IdentityFlowStep } from '@guichet/contracts';
import type { IdentityFlow, IdentityFlowData, NewIdentityFlow } from './identity-flow';

/** Port: the server-side state of identity flows (IDV-7). */
export abstract class IdentityFlowRepository {
  abstract add(flow: NewIdentityFlow): Promise<IdentityFlow>;

  /** The flow of a token, live or not (the caller tells expired from ended). */
  abstract findByTokenHash(tokenHash: Buffer): Promise<IdentityFlow | null>;

  abstract removeByTokenHash(tokenHash: Buffer): Promise<void>;

  /**
   * Moves the flow from `from` to `to` and merges `data`, only if it is still live and at `from`:
   * of two concurrent requests for one step, one moves it and the other finds it moved.
   */
  abstract advance(
    id: string,
    from: IdentityFlowStep,
    to: IdentityFlowStep,
    data: IdentityFlowData,
  ): Promise<boolean>;

  /** Counts a wrong code; gives the flow's count, or null when it had already ended. */
  abstract countWrongCode(id: string): Promise<number | null>;

  abstract end(id: string): Promise<void>;

  /** Forgets flows expired for a day (at most `limit`); gives how many. */
  abstract purgeExpired(limit: number): Promise<number>;
}
