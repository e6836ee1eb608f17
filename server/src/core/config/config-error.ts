/**
 * A setting that cannot be used. Its message names the environment variable so that an operator
 * can fix it from a one-line start-up error.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}
