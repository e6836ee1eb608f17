import type { Civility } from '../accounts/civility';
import type { Role } from '../accounts/role';
import type {
  PasswordChangeReason,
  PasswordWarning,
} from '../password-policy/password-policy-settings';
import type { SecondFactorChallenge } from './second-factor';

/** Body of `POST /api/auth/sign-in` (AUTH-1). */
export interface SignInRequest {
  /** Workspace slug; may be omitted in a single-workspace deployment. */
  workspace?: string;
  /** Access code or e-mail address. */
  identifier: string;
  password: string;
  /** The ALTCHA payload (base64) solved by the widget. */
  captcha: string;
  /** "This is a private computer": 12 hours without idle timeout on this browser (AUTH-6). */
  privateComputer?: boolean;
}

/** What the user must do first after signing in (AUTH-9). */
export type NextStep = 'home' | 'legacy-migration' | 'change-password' | 'second-factor';

/** `GET /api/auth/session` and the answer to a successful sign-in. */
export interface SessionInfo {
  account: {
    id: string;
    role: Role;
    civility: Civility | null;
    firstName: string | null;
    lastName: string;
    /** The identifier to show (access code). */
    accessCode: string;
  };
  workspace: { slug: string; name: string };
  nextStep: NextStep;
  /** ISO 8601; null on a private computer (no idle timeout). */
  idleExpiresAt: string | null;
  absoluteExpiresAt: string;
  /** Idle timeout of the workspace, for the client's warning one minute before. */
  idleTimeoutSeconds: number;
  privateComputer: boolean;
  /** Set while `nextStep` is `second-factor`: nothing else is allowed until it is proven. */
  secondFactor?: SecondFactorChallenge;
  /**
   * Set while `nextStep` is `change-password` (PWD-3, PWD-4, PWD-5): why. Until the password is
   * changed, only the session, sign-out and `profile/password` routes answer (others: 403
   * `AUTH_PASSWORD_CHANGE_REQUIRED`).
   */
  passwordChange?: { reason: PasswordChangeReason };
  /** In a workspace whose policy mode is `warn`: the password is below the policy or expired. */
  passwordWarning?: PasswordWarning;
}

/** `GET /api/auth/sign-in-options`: what the sign-in page needs before anyone signs in. */
export interface SignInOptions {
  /** Set in a single-workspace deployment: the page hides the workspace field. */
  singleWorkspace: { slug: string; name: string } | null;
}
