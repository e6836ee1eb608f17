import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppModule } from '../../server/src/app.module';
import { configureApp } from '../../server/src/core/http/configure-app';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A stand-in for the built Angular client: an index.html and one asset. */
export const FIXTURE_CLIENT_DIR = join(__dirname, 'fixtures', 'client');

export interface TestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  /** supertest bound to the app's HTTP server. */
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The whole app, configured as main.ts does, on a fresh database with migrations run. */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forDatabase(database.url),
    {
      logger: false,
    },
  );
  configureApp(app, FIXTURE_CLIENT_DIR);
  await app.init();
  return {
    app,
    database,
    http: request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
