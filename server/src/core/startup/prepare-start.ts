import { existsSync } from 'node:fs';
import { type AppConfig, appConfig, configNamespaces, databaseConfig } from '../config';
import { openDatabase } from '../database/open-database';
import type { RunningDatabase } from '../database/running-database';

/** What an entry point has once the settings are checked and the database is open. */
export interface PreparedStart {
  app: AppConfig;
  database: RunningDatabase;
}

/**
 * Reads `.env`, validates every configuration namespace and opens the database, before Nest
 * starts: shared by the server (main.ts) and the command line (cli.ts), so that a bad setting
 * ends either with the same one line naming the variable.
 */
export async function prepareStart(): Promise<PreparedStart> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  // Every namespace is checked before anything starts, so that all settings fail the same way.
  configNamespaces.forEach((load) => load());
  const app = appConfig();
  const database = await openDatabase(databaseConfig());
  return { app, database };
}
