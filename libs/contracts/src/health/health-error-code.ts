/** Errors of the health endpoints. */
export enum HealthErrorCode {
  NotReady = 'HEALTH_NOT_READY',
}
