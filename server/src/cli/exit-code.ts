/** How a command ends, for scripts that run it. */
export enum ExitCode {
  Ok = 0,
  /** Nothing was done: bad arguments, settings, file or database. */
  Failed = 1,
  /** Done, but some lines were rejected (import-legacy). */
  Rejected = 2,
}
