import type { Civility } from '../accounts/civility';
import type { Role } from '../accounts/role';
import type { Language } from '../i18n/language';

/** The profile's mobile, shown in full to its owner. */
export interface ProfileMobile {
  /** E.164 (`+33612345678`). */
  e164: string;
  /** As the country writes it (`+33 6 12 34 56 78`). */
  display: string;
  /** Proven by a code sent to it. */
  verified: boolean;
}

/** Where the account's two-step verification stands (AUTH-8). */
export interface SecondFactorStatus {
  /** An authenticator app is on. */
  totp: boolean;
  /** Codes by SMS to the profile mobile are on. */
  sms: boolean;
  /** Unused recovery codes (0 when two-step verification is off). */
  recoveryCodesLeft: number;
}

/** `GET /api/profile`: what a signed-in user sees of their own account. */
export interface Profile {
  id: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  accessCode: string;
  email: string | null;
  mobile: ProfileMobile | null;
  secondFactor: SecondFactorStatus;
  /** The language of the mails and SMS the account receives. */
  language: Language;
}

/** `PUT /api/profile/language`: mails and SMS in this language from now on. */
export interface LanguageChange {
  language: Language;
}

/** Body of the security changes that only ask for the current password. */
export interface PasswordConfirmation {
  password: string;
}

/** Body of the confirmations of a code sent by SMS or shown by an authenticator app. */
export interface CodeConfirmation {
  /** 6 digits. */
  code: string;
}

/** Body of `POST /api/profile/mobile`: a code is sent to `mobile` to prove it. */
export interface MobileChangeRequest {
  password: string;
  /** As typed: `06 12 34 56 78`, `+33 6 12 34 56 78`, `0033…`. */
  mobile: string;
}

/** Answer of `POST /api/profile/mobile`: where the code went. */
export interface MobileChangeStarted {
  /** The new number as the country writes it, in full: its owner just typed it. */
  display: string;
}

/** Answer of `POST /api/profile/second-factor/totp`. */
export interface TotpSetup {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** `otpauth://totp/…`, for the QR code. */
  otpauthUrl: string;
}

/** Answer of the second-factor confirmations: recovery codes, shown this once (may be empty). */
export interface RecoveryCodes {
  recoveryCodes: string[];
}
