import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { parcelsConfig, type ParcelsConfig } from '../../../core/config/parcels.config';
import { JobLocks } from '../../../core/database/job-lock';
import { ParcelNotifications } from '../parcel-notifications';
import { ParcelPurge } from './parcel-purge.service';
import { describePurge } from './purge-plan';

/**
 * Schedules the purge (every 5 minutes) and the expiry reminders (hourly) in every instance;
 * their locks make one instance do the work each time. Off in tests and in the CLI.
 */
@Injectable()
export class ParcelJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ParcelJobs.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly firstRuns: NodeJS.Timeout[] = [];

  constructor(
    @Inject(parcelsConfig.KEY) private readonly config: ParcelsConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly purge: ParcelPurge,
    private readonly notifications: ParcelNotifications,
    private readonly locks: JobLocks,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.every('parcel-purge', this.config.purgeIntervalMinutes, () => this.purgeOnce());
    this.every('parcel-reminders', this.config.reminderIntervalMinutes, () => this.remindOnce());
  }

  async onApplicationShutdown(): Promise<void> {
    for (const name of ['parcel-purge', 'parcel-reminders']) {
      if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    }
    this.firstRuns.forEach(clearTimeout);
    await Promise.allSettled([...this.running.values()]);
  }

  async purgeOnce(): Promise<void> {
    const report = await this.purge.run();
    const total = Object.values(report.parcels).reduce((a, b) => a + b, 0);
    if (total > 0 || report.blobsDeleted > 0) this.logger.log(describePurge(report));
  }

  async remindOnce(): Promise<void> {
    const run = await this.locks.runExclusive('parcel-reminders', () =>
      this.notifications.remindExpiring(),
    );
    if (run.ran && run.result > 0) this.logger.log(`Queued ${run.result} expiry reminder(s)`);
  }

  private every(name: string, minutes: number, job: () => Promise<void>): void {
    const tick = () => {
      // A long run is not overlapped by the next tick of the same instance.
      if (this.running.has(name)) return;
      const pending = job()
        .catch((error: Error) => this.logger.error(`${name} failed: ${error.message}`))
        .finally(() => this.running.delete(name));
      this.running.set(name, pending);
    };
    this.scheduler.addInterval(name, setInterval(tick, minutes * 60_000));
    this.firstRuns.push(setTimeout(tick, 10_000));
  }
}
