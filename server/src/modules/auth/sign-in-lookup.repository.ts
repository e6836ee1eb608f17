import type { AccountCredentials } from '../accounts/account';
import type { SolutionClaim } from '../captcha/captcha-solution.repository';
import type { SecondFactorState } from './second-factor/second-factor.repository';
import type { ThrottleStatus } from './sign-in-throttle-sql';

/** What a sign-in asks the database before it checks the password. */
export interface SignInLookupQuery {
  throttleKeys: string[];
  /** The checked CAPTCHA solution, to be claimed unless a key is blocked. */
  captcha: { signature: string; expiresAt: Date };
  /** Null when the workspace is unknown: no account is found then. */
  workspaceId: string | null;
  identifier: string;
}

export interface SignInLookup {
  throttle: ThrottleStatus;
  /** Meaningless when a key is blocked: nothing is claimed then. */
  claim: SolutionClaim;
  account: AccountCredentials | null;
  secondFactor: SecondFactorState | null;
}

/**
 * Port: the throttle status, the CAPTCHA claim, the account and its second factors in one round
 * trip (sign-in is the hot path: each statement saved is CPU the password hash can use). Each
 * part's SQL is its owner's (throttle, captcha, accounts, second factor); this only joins them.
 */
export abstract class SignInLookupRepository {
  abstract lookup(query: SignInLookupQuery): Promise<SignInLookup>;
}
