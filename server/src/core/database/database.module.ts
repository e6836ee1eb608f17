import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, type DatabaseConfig } from '../config/database.config';
import { AdvisoryJobLocks } from './advisory-job-locks';
import { DatabaseProbe } from './database-probe';
import { EntityManagerContext } from './entity-manager-context';
import { JobLocks } from './job-lock';
import { Transactions } from './transactions';
import { TypeOrmDatabaseProbe } from './typeorm-database-probe';
import { openAndMigrate } from './migrate-under-lock';
import { typeOrmOptions } from './typeorm-options';

/** TypeORM on the PostgreSQL opened before the app started (see main.ts); runs migrations at start, one instance at a time. */
@Global()
@Module({})
export class DatabaseModule {
  static forUrl(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.KEY],
          useFactory: (config: DatabaseConfig) => ({
            ...typeOrmOptions(url, config.poolSize),
            autoLoadEntities: true,
            // The server was reached just before; a failure now is not worth a long retry loop.
            retryAttempts: 2,
            retryDelay: 1_000,
          }),
          // Migrations under an advisory lock: replicas starting together run them once.
          dataSourceFactory: (options) => openAndMigrate(options!),
        }),
      ],
      providers: [
        { provide: DatabaseProbe, useClass: TypeOrmDatabaseProbe },
        EntityManagerContext,
        { provide: Transactions, useExisting: EntityManagerContext },
        { provide: JobLocks, useClass: AdvisoryJobLocks },
      ],
      exports: [DatabaseProbe, EntityManagerContext, Transactions, JobLocks],
    };
  }
}
