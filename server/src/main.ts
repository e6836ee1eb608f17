import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import type { RunningDatabase } from './core/database/running-database';
import { loggingConfig } from './core/config/logging.config';
import { metricsConfig } from './core/config/metrics.config';
import { configureApp } from './core/http/configure-app';
import { createLogging } from './core/logging/logging';
import { explainStartError } from './core/startup/explain-start-error';
import { prepareStart } from './core/startup/prepare-start';

const logger = new Logger('Guichet');

/**
 * Validates the configuration and opens the database before Nest starts, so that a bad setting
 * ends the start with one line naming the variable; then serves until SIGTERM or SIGINT, drains
 * HTTP, and only then stops the embedded database.
 */
async function main(): Promise<void> {
  const { app, database } = await prepareStart();
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
    const logging = createLogging(loggingConfig());
    Logger.overrideLogger(logging.nest);
    server = await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(database.url), {
      logger: logging.nest,
    });
    configureApp(server, { ...app, metrics: metricsConfig() }, logging);
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

main().catch((error: unknown) => {
  process.stderr.write(`${explainStartError(error)}\n`);
  process.exit(1);
});
