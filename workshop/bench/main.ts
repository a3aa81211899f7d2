// `npm run bench`: prints the kit's performance figures. Benchmarks measure; they never pass or fail a build.
// Each bench module exports `run()` and prints its own table.
// The README states the supported Node range; the SDK's multi-line notice about it would interleave with the tables.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const benches = [
  ['load generator vs bare BatchWriteItem (dynalite on 127.0.0.1)', () => import('./load-bench.js')],
  ['stream engine: the 30-hour incident, before and after the fix', () => import('./engine-bench.js')],
  ['stream engine with the labs\' own handlers: incident, exact vs bare loop, fast-forward vs exact', () => import('./lab-handler-bench.js')],
  ['supervision: the learner\'s code in a worker (start, answer, watched handler)', () => import('./supervise-bench.js')],
  ['start-up: --help, list, hint, check (npx workshop, node bin, and from the sources through tsx)', () => import('./startup-bench.js')],
  ['check NN: labs 01–06 as a learner runs them (fresh npx workshop process each)', () => import('./check-bench.js')],
  ['run 03 --hours 30: lab 03\'s long run to the 24 h cliff (fresh npx workshop process)', () => import('./long-run-bench.js')],
] as const;

const only = process.argv[2];
for (const [title, load] of benches) {
  if (only && !title.includes(only)) continue;
  console.log(`\n=== ${title} ===`);
  const bench = await load();
  await bench.run();
}
