import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { appConfig, ConfigError, configNamespaces, databaseConfig } from './core/config';
import { openDatabase } from './core/database/open-database';
import type { RunningDatabase } from './core/database/running-database';
import { configureApp } from './core/http/configure-app';

const logger = new Logger('Guichet');

/**
 * Validates the configuration and opens the database before Nest starts, so that a bad setting
 * ends the start with one line naming the variable; then serves until SIGTERM or SIGINT, drains
 * HTTP, and only then stops the embedded database.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  // Every namespace is checked before anything starts, so that all settings fail the same way.
  configNamespaces.forEach((load) => load());
  const app = appConfig();
  const database = await openDatabase(databaseConfig());
  let server: NestExpressApplication | undefined;
  const shutdown = once(async (signal: string) => {
    logger.log(`${signal} received: shutting down`);
    await server?.close();
    await database.close();
    logger.log('Stopped');
  });
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  try {
    server = await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(database.url), {
      logger: ['log', 'warn', 'error'],
    });
    configureApp(server, app.clientDir);
    await server.listen(app.port, app.host);
  } catch (error) {
    await stopQuietly(server, database);
    throw error;
  }
  logger.log(`Listening on http://${app.host}:${app.port} (${app.mode}, ${database.description})`);
}

function once<T extends unknown[]>(action: (...args: T) => Promise<void>) {
  let running: Promise<void> | undefined;
  return (...args: T) => (running ??= action(...args));
}

async function stopQuietly(server: NestExpressApplication | undefined, database: RunningDatabase) {
  await server?.close().catch(() => undefined);
  await database.close().catch(() => undefined);
}

/** One line for what an operator can fix; a stack trace for what is a bug. */
function explain(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE') return `Configuration error: PORT: port ${port} is already in use`;
  if (code === 'EADDRNOTAVAIL') return 'Configuration error: HOST: no such address on this machine';
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`${explain(error)}\n`);
  process.exit(1);
});
