// Turns each benchmark's last JSON line into rows of the report (docs/benchmarks.md): a
// benchmark may give its own `rows: [{ name, figure, baseline, ratio, target, met }]`; for those
// that give only figures, the rows are read here from their fields and the targets of their issue.

const fixed = (value, digits = 2) => (typeof value === 'number' ? value.toFixed(digits) : '—');

const FROM_FIGURES = {
  'sign-in': (r) => {
    // Raw hashes are measured on libuv's pool as many at once as the sign-ins and one per core (one
    // way if equal), and on one thread per core.
    const ways = Object.entries(r.rawHashesPerSecondByWay).map(([way, rate]) =>
      way === 'threads' ? `one thread per core ${rate}/s` : `${way} at a time ${rate}/s`,
    );
    return [
      {
        name: `sign-in: ${r.signIns} sign-ins, ${r.concurrency} at a time`,
        figure: `${r.signInsPerSecond}/s (p95 ${r.p95Ms} ms)`,
        baseline: `raw argon2id ${r.rawHashesPerSecond} hashes/s (the fastest of: ${ways.join(', ')})`,
        ratio: r.ratio,
        target: '≥ 0.80',
        met: r.ratio >= 0.8,
      },
    ];
  },
  transfer: (r) => [
    {
      name: `transfer: upload of ${r.documentMiB} MiB`,
      figure: `${r.uploadMiBps} MiB/s`,
      baseline: `plain stream ${r.baselineUploadMiBps} MiB/s`,
      ratio: r.uploadRatio,
      target: '≥ 0.60',
      met: r.uploadRatio >= 0.6,
    },
    {
      name: `transfer: download of ${r.documentMiB} MiB`,
      figure: `${r.downloadMiBps} MiB/s`,
      baseline: `plain stream ${r.baselineDownloadMiBps} MiB/s`,
      ratio: r.downloadRatio,
      target: '≥ 0.60',
      met: r.downloadRatio >= 0.6,
    },
    {
      name: `transfer: server memory during a ${r.memoryUploadMiB} MiB upload`,
      figure: `+${r.rssGrowthMiB} MiB`,
      baseline: '—',
      ratio: null,
      target: '< 64 MiB',
      met: r.rssGrowthMiB < 64,
    },
  ],
  purge: (r) => [
    {
      name: `purge: ${r.parcels} expired parcels`,
      figure: `${r.seconds} s`,
      baseline: `plain SQL DELETE ${r.baselineSqlSeconds} s`,
      ratio: r.ratio,
      target: '≤ 60 s',
      met: r.parcels >= 100_000 ? r.seconds <= 60 : null,
    },
    {
      name: `purge: ${r.scaledParcels} expired parcels`,
      figure: `${r.scaledSeconds} s (time per parcel ×${r.scaling})`,
      baseline: `the ${r.parcels} run`,
      ratio: r.scaling,
      target: 'roughly linear (≤ ×1.5)',
      met: r.scaling <= 1.5,
    },
  ],
  outbox: (r) => [
    {
      name: `outbox: ${r.mails} mails delivered, concurrency ${r.concurrency}`,
      figure: `${r.deliveredPerSecond} mails/s`,
      baseline: `nodemailer direct ${r.baselinePerSecond} mails/s`,
      ratio: r.ratio,
      target: 'report only',
      met: null,
    },
  ],
  'password-policy': (r) => [
    {
      name: 'password policy: evaluation of 64 characters, p95',
      figure: `${fixed(r.p95Ms)} ms (Chromium ${fixed(r.chromiumP95Ms)} ms)`,
      baseline: `regex check p50 ${fixed(r.baselineP50Ms, 4)} ms`,
      ratio: r.ratio,
      target: '< 50 ms',
      met: Math.max(r.p95Ms, r.chromiumP95Ms ?? 0) < 50,
    },
    {
      name: 'password policy: lazy word-list chunk (gzip)',
      figure: `${r.lazyChunkGzipKb} kB`,
      baseline: '—',
      ratio: null,
      target: '≤ 400 kB',
      met: r.lazyChunkGzipKb <= 400,
    },
  ],
};

/** The report rows of one benchmark's result line (or of its failure). */
export function rowsOf(name, result) {
  if (!result) {
    return [
      {
        name,
        figure: 'failed (see its output)',
        baseline: '—',
        ratio: null,
        target: '—',
        met: false,
      },
    ];
  }
  if (Array.isArray(result.rows)) return result.rows;
  const known = FROM_FIGURES[result.bench];
  if (known) return known(result);
  return [
    { name, figure: '—', baseline: '—', ratio: result.ratio, target: 'report only', met: null },
  ];
}

/** One Markdown table of every row. */
export function markdownTable(rows) {
  const cell = (value) => String(value ?? '—').replaceAll('|', '\\|');
  const lines = [
    '| benchmark | figure | baseline (same run) | ratio | target | met? |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const met = row.met === true ? 'yes' : row.met === false ? '**no**' : '—';
    lines.push(
      `| ${cell(row.name)} | ${cell(row.figure)} | ${cell(row.baseline)} | ${cell(row.ratio)} | ${cell(row.target)} | ${met} |`,
    );
  }
  return lines.join('\n');
}
