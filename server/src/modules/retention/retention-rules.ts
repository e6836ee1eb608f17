import { Injectable } from '@nestjs/common';
import type { RetentionRule } from './retention-rule';

/**
 * The rules the retention job applies, in order. The retention module adds its own (inactive
 * clients, audit network prefixes); another module adds its rule from its `onModuleInit` (the
 * CRM: leads), so retention never depends on it.
 */
@Injectable()
export class RetentionRules {
  private readonly rules: RetentionRule[] = [];

  add(rule: RetentionRule): void {
    if (this.rules.some((r) => r.kind === rule.kind)) {
      throw new Error(`A retention rule for ${rule.kind} is already registered`);
    }
    this.rules.push(rule);
  }

  all(): readonly RetentionRule[] {
    return this.rules;
  }
}
