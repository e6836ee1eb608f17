import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { prepareStart } from '../core/startup/prepare-start';

/**
 * Runs `work` in the app's module graph without HTTP, on the database the server would use
 * (checked and opened the same way as main.ts; migrations run first), then lets go of both.
 */
export async function withAppContext<T>(
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  // A command never delivers the outbox: it would leave claimed messages behind when it exits.
  process.env.OUTBOX_WORKER = 'false';
  // Nor does it schedule jobs: it runs the one it was asked for, once.
  process.env.PARCEL_JOBS = 'false';
  process.env.RETENTION_JOBS = 'false';
  const { database } = await prepareStart();
  let context: INestApplicationContext | undefined;
  try {
    context = await NestFactory.createApplicationContext(AppModule.forDatabase(database.url), {
      logger: ['warn', 'error'],
    });
    return await work(context);
  } finally {
    await context?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
  }
}
