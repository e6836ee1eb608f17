import { rmSync } from 'node:fs';

/** Stops the embedded PostgreSQL of the test run, if the setup started one. */
export default async function teardown() {
  const started = globalThis.__guichetTestPostgres;
  if (!started) return;
  await started.cluster.stop();
  rmSync(started.dir, { recursive: true, force: true });
}
