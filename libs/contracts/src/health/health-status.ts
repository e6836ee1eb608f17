/** State of one dependency checked by the readiness probe. */
export type HealthCheckState = 'up' | 'down';

/** Body of `GET /api/health/live` and `GET /api/health/ready`. */
export interface HealthStatus {
  status: 'ok' | 'unavailable';
  checks: Record<string, HealthCheckState>;
}
