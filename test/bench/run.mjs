// `npm run bench [-- <name>]`: runs test/bench/<name>.bench.mjs, or every benchmark.
// Each benchmark measures its own baseline in the same run and ends with one JSON line
// {"bench":"<name>","ratio":<ours ÷ baseline>, ...} (ARCHITECTURE.md, Benchmarks).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv[2];
const all = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .map((file) => file.replace(/\.bench\.mjs$/, ''));
const selected = wanted ? all.filter((name) => name === wanted) : all;
if (wanted && selected.length === 0) {
  console.error(`No benchmark named "${wanted}". Available: ${all.join(', ') || 'none yet'}`);
  process.exit(1);
}
if (selected.length === 0) console.log('No benchmarks yet.');
let failed = 0;
for (const name of selected) {
  console.log(`\n## ${name}`);
  const run = spawnSync(process.execPath, [join(here, `${name}.bench.mjs`)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
