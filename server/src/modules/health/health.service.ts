import { Injectable } from '@nestjs/common';
import { HealthErrorCode, type HealthStatus } from '@guichet/contracts';
import { DatabaseProbe } from '../../core/database/database-probe';
import { AppError } from '../../core/http/app-error';

@Injectable()
export class HealthService {
  constructor(private readonly database: DatabaseProbe) {}

  /** The process answers: nothing else is checked, so a slow database never restarts the app. */
  liveness(): HealthStatus {
    return { status: 'ok', checks: {} };
  }

  /** The app can serve requests: the database answers. */
  async readiness(): Promise<HealthStatus> {
    if (!(await this.database.isReachable())) {
      throw new AppError(HealthErrorCode.NotReady, 'The database does not answer');
    }
    return { status: 'ok', checks: { database: 'up' } };
  }
}
