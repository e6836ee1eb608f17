import { type Signal, computed, inject, signal } from '@angular/core';
import type { PasswordRulesForUser } from '@guichet/contracts';
import { messageOf } from '@guichet/password-policy';
import { type TranslationKey, Translator } from '../../core/i18n';
import type { Message } from '../problem-box/problem-box';
import { PasswordEvaluator } from './password-evaluator';
import { refusedRules } from './refused-rules';

/**
 * What a page choosing a new password shows beside it: the live checklist, whether the
 * confirmation matches, and, once the server refused it, the rules it named — until the password
 * is edited. Shared by the password-link page and the change-password page. Created in a
 * component's field initialiser (it injects from there).
 */
export class NewPasswordReview {
  private readonly evaluator = inject(PasswordEvaluator);
  private readonly translator = inject(Translator);
  /** The rule ids the server gave for the password it refused. */
  private readonly refusedIds = signal<{ password: string; ids: readonly string[] } | null>(null);

  constructor(
    private readonly rules: Signal<PasswordRulesForUser | null>,
    private readonly values: Signal<{ password: string; confirmation: string }>,
    /** What else went wrong, shown when the server did not refuse the password itself. */
    private readonly failure: Signal<Message | null>,
    /** The sentence listing the refused rules (`{rules}`). */
    private readonly refusedKey: TranslationKey,
  ) {}

  readonly evaluation = computed(() => {
    const rules = this.rules();
    return rules
      ? this.evaluator.evaluate(this.values().password, rules.policy, rules.context)
      : null;
  });

  readonly matches = computed(() => {
    const { password, confirmation } = this.values();
    return password !== '' && password === confirmation;
  });

  readonly refused = computed(() => {
    const refusal = this.refusedIds();
    const rules = this.rules();
    if (!refusal || !rules || refusal.password !== this.values().password) return [];
    return refusedRules(refusal.ids, this.evaluation(), rules.policy);
  });

  /** Rules only the server checks (history): the others are on the checklist already. */
  readonly serverOnly = computed(() =>
    this.refused().filter(({ rule }) => !this.evaluation()?.results.some((r) => r.rule === rule)),
  );

  /** The problem box: the server's refusal worded rule by rule, or what else went wrong. */
  readonly problem = computed<Message | null>(() => {
    const refused = this.refused();
    if (refused.length === 0) return this.failure();
    const language = this.translator.language();
    return {
      key: this.refusedKey,
      params: { rules: refused.map((result) => messageOf(result, language)).join(' ; ') },
    };
  });

  /** The server refused `password` for these rule ids. */
  refuse(password: string, ids: readonly string[]): void {
    this.refusedIds.set({ password, ids });
  }

  clear(): void {
    this.refusedIds.set(null);
  }
}
