import { join } from 'node:path';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppModule } from '../../server/src/app.module';
import { appConfig } from '../../server/src/core/config/app.config';
import { metricsConfig } from '../../server/src/core/config/metrics.config';
import { configureApp } from '../../server/src/core/http/configure-app';
import type { Logging } from '../../server/src/core/logging/logging';
import { DemoDataService } from '../../server/src/modules/demo-data/demo-data.service';
import { ApiClient } from './api-client';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A stand-in for the built Angular client: an index.html and one asset. */
export const FIXTURE_CLIENT_DIR = join(__dirname, 'fixtures', 'client');

export interface TestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  /** supertest bound to the app's HTTP server: no cookies, no XSRF header. */
  http: ReturnType<typeof request>;
  /** A new browser-like client (own cookies, XSRF header), with its XSRF-TOKEN already fetched. */
  client(): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Options of {@link startTestApp}. */
export interface TestAppOptions {
  /** Settings for this app only (e.g. `SMTP_URL`, `NODE_ENV`), as environment variables. */
  env?: Record<string, string>;
  /** Reuse a database (a second instance of the app) instead of creating one. */
  database?: TestDatabase;
  /** Fill the database with the demo firms and accounts first. */
  demoData?: boolean;
  /**
   * Test-only controllers mounted beside the app's (e.g. a machine route needing a scope), with
   * the modules whose providers their guards need.
   */
  controllers?: Type[];
  imports?: Type[];
  /** Logs as main.ts writes them (e.g. JSON to a captured stream); none by default. */
  logging?: Logging;
}

/** The app's module, with test-only controllers when asked for. */
function rootModule(databaseUrl: string, options: TestAppOptions): DynamicModule {
  const app = AppModule.forDatabase(databaseUrl);
  if (!options.controllers?.length) return app;
  @Module({})
  class TestRootModule {}
  return {
    module: TestRootModule,
    imports: [app, ...(options.imports ?? [])],
    controllers: options.controllers,
  };
}

/** Applies settings while `work` runs, then puts the environment back as it was. */
async function withEnvironment<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.keys(env).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The whole app, configured as main.ts does, on a fresh database with migrations run. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  // Configuration is read while the module graph is built, so the settings apply to this app only.
  // A CAPTCHA that tests solve in milliseconds; everything else as configured.
  const env = { CAPTCHA_COMPLEXITY: '20', ...options.env };
  const app = await withEnvironment(env, async () => {
    const created = await NestFactory.create<NestExpressApplication>(
      rootModule(database.url, options),
      { logger: options.logging?.nest ?? false },
    );
    configureApp(
      created,
      { ...appConfig(), clientDir: FIXTURE_CLIENT_DIR, metrics: metricsConfig() },
      options.logging,
    );
    await created.init();
    return created;
  });
  if (options.demoData) await app.get(DemoDataService).seedIfEmpty();
  return {
    app,
    database,
    http: request(app.getHttpServer()),
    client: () => new ApiClient(app.getHttpServer()).open(),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
