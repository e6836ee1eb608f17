// Benchmarks only (`node --expose-gc -r ./full-gc.cjs`): a full garbage collection every
// BENCH_FULL_GC_MS (10 s), so that --trace-gc reports what the heap really holds at regular times,
// however little or much the load allocates. A leak shows as a rising series.
const every = Number(process.env.BENCH_FULL_GC_MS ?? 10_000);
setInterval(() => global.gc(), every).unref();
