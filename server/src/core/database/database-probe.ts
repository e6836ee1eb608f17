/** Port: tells whether the database answers right now (readiness). */
export abstract class DatabaseProbe {
  abstract isReachable(): Promise<boolean>;
}
