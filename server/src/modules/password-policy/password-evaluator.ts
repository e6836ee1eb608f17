import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { PasswordContext, PasswordPolicy } from '@guichet/contracts';
import {
  evaluatePassword,
  generateTemporaryPassword,
  loadDictionaries,
  type PasswordDictionaries,
  type PasswordEvaluation,
} from '@guichet/password-policy';

/**
 * The shared evaluator (`@guichet/password-policy`) with its word lists, loaded once when the
 * server starts, so that the server's verdict is the complete one the client's checklist shows.
 */
@Injectable()
export class PasswordEvaluator implements OnModuleInit {
  private readonly logger = new Logger(PasswordEvaluator.name);
  private dictionaries?: PasswordDictionaries;

  async onModuleInit(): Promise<void> {
    const started = performance.now();
    this.dictionaries = await loadDictionaries();
    this.logger.log(
      `Password dictionaries loaded in ${Math.round(performance.now() - started)} ms`,
    );
  }

  /** Every rule of the policy but the history, on the composed (NFC) form of the password. */
  evaluate(password: string, rules: PasswordPolicy, context: PasswordContext): PasswordEvaluation {
    return evaluatePassword(password, rules, context, this.loaded());
  }

  /** A random readable password that meets every rule of the policy (PWD-3). */
  temporaryPassword(rules: PasswordPolicy, context: PasswordContext): string {
    return generateTemporaryPassword(rules, { dictionaries: this.loaded(), context });
  }

  private loaded(): PasswordDictionaries {
    // Judging without the word lists would pass common passwords: fail loudly instead.
    if (!this.dictionaries) throw new Error('The password dictionaries are not loaded');
    return this.dictionaries;
  }
}
