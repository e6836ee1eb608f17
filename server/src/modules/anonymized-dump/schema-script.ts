/** A migration class, as far as the replay needs it (its `up` gets the recorder). */
type MigrationClass = new () => { up(queryRunner: never): Promise<unknown> };

/**
 * The `migrations` table as TypeORM creates it before the first migration: in the dump it carries
 * the rows of the source, so that the app started on the restored database migrates nothing.
 */
const MIGRATIONS_TABLE = `CREATE TABLE "migrations" (
  "id" SERIAL NOT NULL,
  "timestamp" bigint NOT NULL,
  "name" character varying NOT NULL,
  CONSTRAINT "PK_migrations" PRIMARY KEY ("id")
)`;

/**
 * The schema part of the dump, without `pg_dump` (the embedded PostgreSQL ships none, and a
 * system one may be older than the server): the `up` statements of the app's migrations, replayed
 * into a recorder instead of a database. The migrations only issue SQL through `query`, which
 * makes this exact; one that calls anything else, or reads what a query returns, fails here.
 */
export async function schemaStatements(migrations: readonly MigrationClass[]): Promise<string[]> {
  const statements = [MIGRATIONS_TABLE];
  const recorder = new Proxy(
    {
      query: (sql: string, parameters?: unknown[]) => {
        if (parameters?.length) {
          throw new Error('A migration with query parameters cannot be replayed into a dump');
        }
        statements.push(sql.trim());
        return Promise.resolve([]);
      },
    },
    {
      get(target, property) {
        if (property === 'query') return target.query;
        if (property === 'then') return undefined;
        throw new Error(`A migration that uses queryRunner.${String(property)} cannot be replayed`);
      },
    },
  ) as never;
  for (const Migration of migrations) await new Migration().up(recorder);
  return statements;
}
