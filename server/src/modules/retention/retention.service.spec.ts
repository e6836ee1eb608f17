import type { RetentionSettings } from '@guichet/contracts';
import type { RetentionConfig } from '../../core/config/retention.config';
import { JobLocks, type LockedRun } from '../../core/database/job-lock';
import { MetricsService } from '../../core/metrics/metrics.service';
import { RetentionRule, type RetentionCandidate } from './retention-rule';
import { RetentionRules } from './retention-rules';
import {
  DEFAULT_RETENTION_SETTINGS,
  type RetentionSettingsService,
} from './retention-settings.service';
import { describeRetention, Retention } from './retention.service';

const NOW = new Date('2026-11-30T12:00:00Z');

/** A rule over an in-memory list: what it erased, and when each item was last active. */
class FakeRule extends RetentionRule {
  readonly kind = 'leads' as const;
  readonly erased: string[] = [];

  constructor(private readonly items: { id: string; workspaceId: string; since: Date }[]) {
    super();
  }

  monthsOf(settings: RetentionSettings): number {
    return settings.leadMonths;
  }

  private live(workspaceId: string | null) {
    return this.items.filter((i) => i.workspaceId === workspaceId && !this.erased.includes(i.id));
  }

  async countDue(workspaceId: string | null, cutoff: Date): Promise<number> {
    return this.live(workspaceId).filter((i) => i.since < cutoff).length;
  }

  async expiring(workspaceId: string | null, from: Date, to: Date) {
    const first: RetentionCandidate[] = this.live(workspaceId)
      .filter((i) => i.since >= from && i.since < to)
      .map((i) => ({ id: i.id, label: i.id, since: i.since }));
    return { count: first.length, first };
  }

  async applyBatch(workspaceId: string | null, cutoff: Date, limit: number): Promise<number> {
    const batch = this.live(workspaceId)
      .filter((i) => i.since < cutoff)
      .slice(0, limit);
    this.erased.push(...batch.map((i) => i.id));
    return batch.length;
  }
}

class FreeLocks extends JobLocks {
  held = false;
  async runExclusive<T>(_job: string, work: () => Promise<T>): Promise<LockedRun<T>> {
    if (this.held) return { ran: false };
    return { ran: true, result: await work() };
  }
}

const monthsAgo = (months: number, days = 0) => {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
};

describe('Retention', () => {
  const items = [
    { id: 'old-1', workspaceId: 'w1', since: monthsAgo(40) },
    { id: 'old-2', workspaceId: 'w1', since: monthsAgo(37) },
    { id: 'old-3', workspaceId: 'w1', since: monthsAgo(36, 1) },
    { id: 'soon', workspaceId: 'w1', since: monthsAgo(35, 10) },
    { id: 'young', workspaceId: 'w1', since: monthsAgo(12) },
    // w2 keeps leads 12 months only.
    { id: 'w2-old', workspaceId: 'w2', since: monthsAgo(13) },
  ];
  let rule: FakeRule;
  let locks: FreeLocks;
  let retention: Retention;

  beforeEach(() => {
    rule = new FakeRule(items);
    locks = new FreeLocks();
    const rules = new RetentionRules();
    rules.add(rule);
    const settings = {
      all: async () => [
        { workspaceId: 'w1', settings: DEFAULT_RETENTION_SETTINGS },
        { workspaceId: 'w2', settings: { ...DEFAULT_RETENTION_SETTINGS, leadMonths: 12 } },
      ],
      of: async () => DEFAULT_RETENTION_SETTINGS,
    } as unknown as RetentionSettingsService;
    const config = { batchSize: 2 } as RetentionConfig;
    retention = new Retention(config, rules, settings, locks, new MetricsService());
  });

  it('counts in a dry run and erases nothing', async () => {
    const report = await retention.run({ dryRun: true, now: NOW });
    expect(report.kinds).toEqual([
      {
        kind: 'leads',
        months: 36,
        due: 4,
        done: 0,
        expiringCount: 1,
        expiring: [{ id: 'soon', label: 'soon', expiresAt: monthsAgo(-1, 10).toISOString() }],
      },
    ]);
    expect(rule.erased).toEqual([]);
  });

  it('applies each workspace its own period, in batches, until nothing is left', async () => {
    const report = await retention.run({ now: NOW });
    expect(report.kinds[0]).toEqual(expect.objectContaining({ due: 4, done: 4 }));
    expect(rule.erased.sort()).toEqual(['old-1', 'old-2', 'old-3', 'w2-old']);
    expect(describeRetention(report)).toBe(
      [
        `Retention at ${NOW.toISOString()}:`,
        '  leads: 4 past the period, 4 done, 1 expiring within 30 days',
      ].join('\n'),
    );
  });

  it('does nothing, and says so, while another instance holds the lock', async () => {
    locks.held = true;
    const report = await retention.run({ now: NOW });
    expect(report).toEqual(expect.objectContaining({ ran: false, kinds: [] }));
    expect(rule.erased).toEqual([]);
    expect(describeRetention(report)).toBe(
      'Retention: another instance is running it; nothing done.',
    );
  });

  it('refuses a second rule of the same kind', () => {
    const rules = new RetentionRules();
    rules.add(new FakeRule([]));
    expect(() => rules.add(new FakeRule([]))).toThrow(/already registered/);
  });
});
