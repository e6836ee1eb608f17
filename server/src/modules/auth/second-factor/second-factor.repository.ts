/** The stored second-factor state of an account. */
export interface SecondFactorState {
  totpSecret: Buffer | null;
  totpEnabled: boolean;
  totpLastStep: number | null;
  smsEnabled: boolean;
}

/** Port: second factors and recovery codes. */
export abstract class SecondFactorRepository {
  abstract find(accountId: string): Promise<SecondFactorState | null>;

  /** Stores a new, not yet confirmed TOTP secret (replacing any earlier one). */
  abstract saveTotpSecret(accountId: string, sealedSecret: Buffer): Promise<void>;

  abstract enableTotp(accountId: string, step: number): Promise<void>;

  /** Records a used step if it is newer than the last one; false when the code was already used. */
  abstract advanceTotpStep(accountId: string, step: number): Promise<boolean>;

  abstract enableSms(accountId: string): Promise<void>;

  /** Turns every second factor off and drops the recovery codes. */
  abstract disableAll(accountId: string): Promise<void>;

  abstract replaceRecoveryCodes(accountId: string, codeHashes: Buffer[]): Promise<void>;

  /** How many recovery codes are still unused. */
  abstract countUnusedRecoveryCodes(accountId: string): Promise<number>;

  /** Marks an unused code as used; false when there is no such unused code. */
  abstract useRecoveryCode(accountId: string, codeHash: Buffer): Promise<boolean>;
}
