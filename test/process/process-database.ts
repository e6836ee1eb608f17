import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL server of the process tests: the one DATABASE_URL names, or the embedded one the
 * Playwright global setup started (test/support/postgres.global-setup.mjs, shared with Jest).
 */
function adminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('no PostgreSQL server: run through test/playwright.config.ts');
  return url;
}

async function asAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test server for built server processes, dropped by `drop`. */
export async function createProcessDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `guichet_process_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
