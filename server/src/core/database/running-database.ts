/** A PostgreSQL the app can connect to, and how to let go of it at shutdown. */
export interface RunningDatabase {
  /** Connection URL; holds a password, so it is never logged. */
  readonly url: string;
  /** Where it is, without credentials, for logs and errors. */
  readonly description: string;
  close(): Promise<void>;
}
