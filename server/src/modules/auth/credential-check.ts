import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import type { AccountCredentials } from '../accounts/account';

/** The parameters every stored hash should have; older ones are upgraded at sign-in (PWD-7). */
const CURRENT_PARAMETERS = '$argon2id$v=19$m=19456,t=2,p=1$';

/** Whether a password matches, and whether its hash should be recomputed. */
export interface CredentialVerdict {
  valid: boolean;
  rehash: boolean;
}

/**
 * Checks a password in the same time whether or not the account exists: for an unknown account
 * (or one without a password) it verifies against a dummy hash, so timing tells nothing.
 */
@Injectable()
export class CredentialCheck implements OnModuleInit {
  private dummyHash = '';

  constructor(private readonly hasher: PasswordHasher) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hasher.hash('dummy password that never matches anything');
  }

  async verify(account: AccountCredentials | null, password: string): Promise<CredentialVerdict> {
    const hash = account?.passwordHash ?? this.dummyHash;
    // Passwords are hashed in their composed (NFC) form, as the policy evaluator reads them; a
    // hash made before that from a decomposed form ("e" + accent) still matches what was typed.
    const composed = password.normalize('NFC');
    const matches =
      (await this.hasher.verify(hash, composed).catch(() => false)) ||
      (composed !== password && (await this.hasher.verify(hash, password).catch(() => false)));
    const valid = matches && account !== null && account.passwordHash !== null && !account.locked;
    return { valid, rehash: valid && !hash.startsWith(CURRENT_PARAMETERS) };
  }
}
