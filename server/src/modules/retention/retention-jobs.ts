import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { retentionConfig, type RetentionConfig } from '../../core/config/retention.config';
import { describeRetention, Retention } from './retention.service';

const JOB = 'retention';

/**
 * Schedules retention (daily by default) in every instance; its lock makes one instance do the
 * work each time. Off in tests and in the CLI.
 */
@Injectable()
export class RetentionJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionJobs.name);
  private running: Promise<void> | null = null;
  private firstRun: NodeJS.Timeout | null = null;

  constructor(
    @Inject(retentionConfig.KEY) private readonly config: RetentionConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly retention: Retention,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.scheduler.addInterval(
      JOB,
      setInterval(() => this.tick(), this.config.intervalHours * 3_600_000),
    );
    // Soon after start too: an instance restarted daily would otherwise never reach its tick.
    this.firstRun = setTimeout(() => this.tick(), 60_000);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', JOB)) this.scheduler.deleteInterval(JOB);
    if (this.firstRun) clearTimeout(this.firstRun);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.retention
      .run()
      .then((report) => {
        if (report.kinds.some((kind) => kind.done > 0)) this.logger.log(describeRetention(report));
      })
      .catch((error: Error) => this.logger.error(`retention failed: ${error.message}`))
      .finally(() => (this.running = null));
  }
}
