import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import {
  type PasswordContext,
  type PasswordDictionaries,
  type PasswordEvaluation,
  type PasswordPolicy,
  evaluatePassword,
  loadDictionaries,
} from '@guichet/password-policy';

/**
 * How the word lists arrive: `loadDictionaries`, whose dynamic import is a lazy chunk of its own
 * (a few hundred kilobytes), fetched when the first password page opens. Specs replace it.
 */
export const LOAD_PASSWORD_DICTIONARIES = new InjectionToken<() => Promise<PasswordDictionaries>>(
  'LOAD_PASSWORD_DICTIONARIES',
  { providedIn: 'root', factory: () => loadDictionaries },
);

/** Where the word lists stand in this browser. */
export type DictionariesState = 'idle' | 'loading' | 'ready' | 'failed';

interface LastEvaluation {
  readonly password: string;
  readonly policy: PasswordPolicy;
  readonly context: PasswordContext;
  readonly dictionaries: PasswordDictionaries | null;
  readonly evaluation: PasswordEvaluation;
}

/**
 * The shared evaluator of `@guichet/password-policy` (PWD-1) for the live checklists: it loads
 * the word lists once, on demand, and evaluates with whatever is loaded, so that the rules that
 * need the lists stay pending (unmet, fail closed) until they arrive. The server runs the same
 * evaluation again on every password it receives.
 */
@Injectable({ providedIn: 'root' })
export class PasswordEvaluator {
  private readonly loadLists = inject(LOAD_PASSWORD_DICTIONARIES);
  private readonly dictionaries = signal<PasswordDictionaries | null>(null);
  private readonly current = signal<DictionariesState>('idle');
  private last: LastEvaluation | null = null;

  /** Reading it in a computed re-evaluates once the lists arrive. */
  readonly state = this.current.asReadonly();

  /** Starts fetching the word lists unless they are loaded or on their way; retries a failure. */
  load(): void {
    const state = this.current();
    if (state === 'loading' || state === 'ready') return;
    this.current.set('loading');
    this.loadLists().then(
      (dictionaries) => {
        this.dictionaries.set(dictionaries);
        this.current.set('ready');
      },
      () => this.current.set('failed'),
    );
  }

  /**
   * `evaluatePassword` with the loaded lists (none yet: pending rules). The form's validator and
   * the checklist ask about the same value on each key: the last answer is kept for the second.
   */
  evaluate(password: string, policy: PasswordPolicy, context: PasswordContext): PasswordEvaluation {
    const dictionaries = this.dictionaries();
    const last = this.last;
    if (
      last?.password === password &&
      last.policy === policy &&
      last.context === context &&
      last.dictionaries === dictionaries
    ) {
      return last.evaluation;
    }
    const evaluation = evaluatePassword(password, policy, context, dictionaries ?? undefined);
    this.last = { password, policy, context, dictionaries, evaluation };
    return evaluation;
  }
}
