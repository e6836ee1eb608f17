// `npm run bench [-- <name>]`: runs test/bench/<name>.bench.mjs, or every benchmark.
// Each benchmark measures its own baseline in the same run and ends with one JSON line
// {"bench":"<name>","ratio":<ours ÷ baseline>, ...} (ARCHITECTURE.md, Benchmarks).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
// Benchmarks drive the built server, as production runs it.
if (selected.length > 0 && !existsSync(join(here, '../../server/dist/src/main.js'))) {
  const build = spawnSync(
    'npm',
    ['run', 'build', '-w', '@guichet/contracts', '-w', '@guichet/server'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(1);
}
let failed = 0;
for (const name of selected) {
  console.log(`\n## ${name}`);
  const run = spawnSync(process.execPath, [join(here, `${name}.bench.mjs`)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
