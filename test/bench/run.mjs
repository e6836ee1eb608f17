// `npm run bench [-- <name>...]`: runs test/bench/<name>.bench.mjs, or every benchmark. A run of
// every benchmark writes the report (docs/benchmarks.md) with the machine it ran on; a run of some
// writes one only to BENCH_REPORT, so that it never replaces the full table with a part of it.
// BENCH_NOTE adds a line to the report (say which figures were shortened, and why).
// Each benchmark measures its own baseline in the same run and ends with one JSON line
// {"bench":"<name>","ratio":<ours ÷ baseline>, ..., "rows"?: [...]} (ARCHITECTURE.md, Benchmarks;
// rows: report-rows.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable, rowsOf } from './report-rows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .map((file) => file.replace(/\.bench\.mjs$/, ''))
  .sort();
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`No benchmark named "${unknown.join('", "')}". Available: ${all.join(', ')}`);
  process.exit(1);
}
const selected = wanted.length > 0 ? wanted : all;
// Benchmarks drive the built server, as production runs it.
if (!existsSync(join(here, '../../server/dist/src/main.js'))) {
  const build = spawnSync(
    'npm',
    ['run', 'build', '-w', '@guichet/contracts', '-w', '@guichet/server'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(1);
}

/** Runs one benchmark, its output shown as it comes; gives its last JSON line, or null. */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, `${name}.bench.mjs`)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      let result = null;
      try {
        result = JSON.parse(last);
      } catch {
        // No result line: the benchmark failed before its end.
      }
      resolve(code === 0 ? result : null);
    });
  });
}

const startedAt = new Date();
const loadBefore = loadavg()[0];
const rows = [];
let failed = 0;
for (const name of selected) {
  console.log(`\n## ${name}`);
  const result = await run(name);
  if (!result) failed++;
  rows.push(...rowsOf(name, result));
}
const minutes = (Date.now() - startedAt.getTime()) / 60_000;
const machine = [
  `- **Machine**: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`,
  `- **Run**: ${startedAt.toISOString()}, ${minutes.toFixed(1)} min; load average ` +
    `${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after ` +
    `(above ${availableParallelism()} means other work shared the cores)`,
  `- **PostgreSQL**: ${process.env.DATABASE_URL ? 'the server DATABASE_URL names' : 'embedded, started by each benchmark'}`,
  ...(process.env.BENCH_NOTE ? [`- **Note**: ${process.env.BENCH_NOTE}`] : []),
  `- **Benchmarks run**: ${selected.join(', ')}` +
    (selected.length < all.length
      ? ` (not run: ${all.filter((n) => !selected.includes(n)).join(', ')})`
      : ''),
];
const report = `# Benchmarks

Written by \`npm run bench\` (test/bench/run.mjs): do not edit by hand; rerun it. Every figure
is measured against a baseline measured in the same run on the same machine; the ratio is ours ÷
the baseline (for times, lower is better; for rates, higher is better). What each benchmark does,
and how to shorten it: [README](../README.md#benchmarks) and the head of each
\`test/bench/*.bench.mjs\`.

${machine.join('\n')}

${markdownTable(rows)}
`;
const target =
  process.env.BENCH_REPORT ??
  (selected.length === all.length ? join(here, '../../docs/benchmarks.md') : undefined);
if (target) {
  writeFileSync(target, report);
  console.log(`\nReport written to ${target}`);
} else {
  console.log(`\n${markdownTable(rows)}\n\n(Not written: BENCH_REPORT=<file> to keep it.)`);
}
process.exit(failed === 0 ? 0 : 1);
