import { Inject, Injectable } from '@nestjs/common';
import type { RetentionKindReport, RetentionReport, RetentionSettings } from '@guichet/contracts';
import { retentionConfig, type RetentionConfig } from '../../core/config/retention.config';
import { JobLocks } from '../../core/database/job-lock';
import { MetricsService } from '../../core/metrics/metrics.service';
import { addMonths } from './months';
import type { RetentionRule } from './retention-rule';
import { RetentionRules } from './retention-rules';
import { DEFAULT_RETENTION_SETTINGS, RetentionSettingsService } from './retention-settings.service';

/** The report's "expiring soon" window. */
export const EXPIRING_WITHIN_DAYS = 30;
const LISTED = 100;
const DAY = 86_400_000;

interface Scope {
  workspaceId: string | null;
  settings: RetentionSettings;
}

/**
 * Retention (GDPR-5): for each workspace and each rule, what is past its period is erased or
 * cleared in batches, under an advisory lock so that instances and the CLI never run it twice at
 * once. A dry run only counts. Both list what will pass its period within 30 days.
 */
@Injectable()
export class Retention {
  constructor(
    @Inject(retentionConfig.KEY) private readonly config: RetentionConfig,
    private readonly rules: RetentionRules,
    private readonly settings: RetentionSettingsService,
    private readonly locks: JobLocks,
    private readonly metrics: MetricsService,
  ) {}

  /** Every workspace (and what belongs to none); `now` is for tests. */
  async run(options: { dryRun?: boolean; now?: Date } = {}): Promise<RetentionReport> {
    const dryRun = options.dryRun ?? false;
    const now = options.now ?? new Date();
    const scopes: Scope[] = [
      ...(await this.settings.all()),
      { workspaceId: null, settings: DEFAULT_RETENTION_SETTINGS },
    ];
    const locked = await this.locks.runExclusive('retention', () =>
      this.apply(scopes, now, dryRun),
    );
    if (!locked.ran) return { ...this.emptyReport(now, dryRun), ran: false };
    if (!dryRun) {
      this.metrics.retentionRan(
        Object.fromEntries(locked.result.kinds.map((kind) => [kind.kind, kind.done])),
      );
    }
    return locked.result;
  }

  /** One workspace's report, always a dry run (the admin page). */
  async report(workspaceId: string, now = new Date()): Promise<RetentionReport> {
    const scope = { workspaceId, settings: await this.settings.of(workspaceId) };
    return this.apply([scope], now, true);
  }

  private async apply(scopes: Scope[], now: Date, dryRun: boolean): Promise<RetentionReport> {
    const kinds: RetentionKindReport[] = [];
    for (const rule of this.rules.all()) {
      const report = this.emptyKind(rule, scopes[0]!.settings);
      for (const scope of scopes) await this.applyRule(rule, scope, now, dryRun, report);
      kinds.push(report);
    }
    return { ...this.emptyReport(now, dryRun), kinds };
  }

  private async applyRule(
    rule: RetentionRule,
    { workspaceId, settings }: Scope,
    now: Date,
    dryRun: boolean,
    report: RetentionKindReport,
  ): Promise<void> {
    const months = rule.monthsOf(settings);
    const cutoff = addMonths(now, -months);
    const windowEnd = new Date(cutoff.getTime() + EXPIRING_WITHIN_DAYS * DAY);
    report.due += await rule.countDue(workspaceId, cutoff);
    const expiring = await rule.expiring(workspaceId, cutoff, windowEnd, LISTED);
    report.expiringCount += expiring.count;
    report.expiring.push(
      ...expiring.first.map((candidate) => ({
        id: candidate.id,
        label: candidate.label,
        expiresAt: addMonths(candidate.since, months).toISOString(),
      })),
    );
    report.expiring.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
    report.expiring.splice(LISTED);
    if (dryRun) return;
    for (;;) {
      const done = await rule.applyBatch(workspaceId, cutoff, this.config.batchSize);
      report.done += done;
      if (done < this.config.batchSize) return;
    }
  }

  private emptyKind(rule: RetentionRule, settings: RetentionSettings): RetentionKindReport {
    return {
      kind: rule.kind,
      months: rule.monthsOf(settings),
      due: 0,
      done: 0,
      expiringCount: 0,
      expiring: [],
    };
  }

  private emptyReport(now: Date, dryRun: boolean): RetentionReport {
    return {
      dryRun,
      ran: true,
      at: now.toISOString(),
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
      kinds: [],
    };
  }
}

/**
 * For the CLI and the job's log, one line per kind, counts only (no names in logs):
 * `inactive-clients: 3 past the period, 3 done, 1 expiring within 30 days`.
 */
export function describeRetention(report: RetentionReport): string {
  if (!report.ran) return 'Retention: another instance is running it; nothing done.';
  const lines = report.kinds.map((kind) => {
    const done = report.dryRun ? 'nothing done (dry run)' : `${kind.done} done`;
    const soon = `${kind.expiringCount} expiring within ${report.expiringWithinDays} days`;
    return `  ${kind.kind}: ${kind.due} past the period, ${done}, ${soon}`;
  });
  return [`Retention${report.dryRun ? ' (dry run)' : ''} at ${report.at}:`, ...lines].join('\n');
}
