import { join } from 'node:path';
import type { DynamicModule, Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import request from 'supertest';
import { configNamespaces } from '../../server/src/core/config';
import { captchaConfig } from '../../server/src/core/config/captcha.config';
import { DatabaseModule } from '../../server/src/core/database/database.module';
import { MetricsModule } from '../../server/src/core/metrics/metrics.module';
import { appConfig } from '../../server/src/core/config/app.config';
import { metricsConfig } from '../../server/src/core/config/metrics.config';
import { configureApp } from '../../server/src/core/http/configure-app';
import { WorkspaceEntity } from '../../server/src/modules/workspaces/entities/workspace.entity';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Some modules of the app, configured as main.ts does, on a real database. */
export interface TestModuleApp {
  app: NestExpressApplication;
  database: TestDatabase;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

export interface TestModuleAppOptions {
  /** Settings for this app only, as environment variables. */
  env?: Record<string, string>;
  /** Reuse a database (a second instance) instead of creating one. */
  database?: TestDatabase;
  controllers?: Type[];
}

/**
 * The given feature modules with the database, the configuration and the HTTP set-up of the app,
 * without the rest of AppModule: for modules tested before AppModule imports them.
 */
export async function startTestModuleApp(
  modules: (Type | DynamicModule)[],
  options: TestModuleAppOptions = {},
): Promise<TestModuleApp> {
  const database = options.database ?? (await createTestDatabase());
  const saved = Object.entries(options.env ?? {}).map(([name]) => [name, process.env[name]]);
  Object.assign(process.env, options.env);
  let app: NestExpressApplication;
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [...new Set([...configNamespaces, captchaConfig])],
        }),
        DatabaseModule.forUrl(database.url),
        MetricsModule,
        // Other modules' entities point at workspaces.
        TypeOrmModule.forFeature([WorkspaceEntity]),
        ...modules,
      ],
      controllers: options.controllers ?? [],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    // The same stand-in client as startTestApp, without importing the whole AppModule graph.
    configureApp(app, {
      ...appConfig(),
      clientDir: join(__dirname, 'fixtures', 'client'),
      metrics: metricsConfig(),
    });
    await app.init();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name!];
      else process.env[name!] = value;
    }
  }
  return {
    app,
    database,
    http: request(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
