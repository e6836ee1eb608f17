import { Injectable } from '@nestjs/common';
import { HealthErrorCode, type HealthStatus } from '@guichet/contracts';
import { DatabaseProbe } from '../../core/database/database-probe';
import { AppError } from '../../core/http/app-error';
import { DependencyProbes } from './dependency-probes';

@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseProbe,
    private readonly dependencies: DependencyProbes,
  ) {}

  /** The process answers: nothing else is checked, so a slow database never restarts the app. */
  liveness(): HealthStatus {
    return { status: 'ok', checks: {} };
  }

  /**
   * The app can serve requests: the database answers and, when configured, the SMTP server and
   * clamd too (their answers are cached for a few seconds). Names what is down otherwise.
   */
  async readiness(): Promise<HealthStatus> {
    const [database, others] = await Promise.all([
      this.database.isReachable(),
      this.dependencies.check(),
    ]);
    const checks = { database, ...others };
    const down = Object.keys(checks).filter((name) => !checks[name as keyof typeof checks]);
    if (down.length > 0) {
      throw new AppError(HealthErrorCode.NotReady, `Not ready: ${down.join(', ')} down`);
    }
    return {
      status: 'ok',
      checks: Object.fromEntries(Object.keys(checks).map((name) => [name, 'up' as const])),
    };
  }
}
