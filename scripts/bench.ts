// npm run bench: bundle, then measure what every user of the action pays (the budget in scripts/bench/targets.ts). Writes bench/results.json;
// --md also rewrites BENCHMARKS.md. `tsx scripts/bench.ts --help` lists the options. The parts live in
// scripts/bench/ (one job each); this file runs them in order.
//
// 1. Cold start (bench/cold-start.ts): wall time from spawn to exit of the bundled main step (mode: test, no
//    network; mode: ephemeral against the emulators with zero latency, with 0, 1 and 3 secret targets) and of the
//    post step (with the state of a real main run, so it deletes a key and the secrets that run wrote). Each is the
//    median of --runs runs, interleaved with `node -e 0` runs; the ratio is median(step) / median(node -e 0) of the
//    same bench. Peak RSS from separate runs under /usr/bin/time -f %M (or, without it, a --require hook that
//    reports process.resourceUsage().maxRSS).
// 2. Critical path (bench/critical-path.ts): both emulators add --latency L to every request. Each run at L is
//    paired with a run at L = 0; the step's waiting is (wall at L - wall at 0) / L, and its sequential round trips
//    are the longest chain of non-overlapping requests in the emulators' logs.
// 3. Sizes of every file under dist/ (bench/sizes.ts).
//
// --baseline DIR [--baseline-label TEXT]: also measure the bundle in DIR (DIR/dist/ or DIR; e.g. an old revision:
// `mkdir /tmp/dist-REV && git archive REV dist | tar -x -C /tmp/dist-REV`) in the same loops: its cold starts
// interleave with the current bundle's and share the `node -e 0` runs, its critical-path pairs alternate with the
// current ones, so both see the same machine load. Prints a before/after table (bench/compare.ts), saves it in
// results.json (results[].comparison), and with --md adds a "Before and after" section to BENCHMARKS.md.
//
// Every child gets a runner-like environment built from scratch (bench/children.ts); the bundles are copied to a
// temporary directory first. Runs are serial (2-core machine); the emulators run in this process.
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { readOptions, ROOT } from './bench/args.js';
import { benchNode, type NodeResult } from './bench/bench-node.js';
import { prepareChildren } from './bench/children.js';
import { gitRevision, load, machine } from './bench/host.js';
import { writeBenchmarksMd } from './bench/report-md.js';
import { comparisonText, resultSections } from './bench/report.js';
import { checks, runOf, writeResults } from './bench/results.js';
import { distSizes } from './bench/sizes.js';
import { startWorld, stopWorld } from './bench/world.js';

const opts = readOptions();
const children = prepareChildren(opts);
const loadBefore = load();
const world = await startWorld(opts.handshake);
const results: NodeResult[] = [];
try {
  const ctx = { opts, children, world };
  results.push(await benchNode(ctx, opts.node));
  if (opts.node24) results.push(await benchNode(ctx, opts.node24));
} finally {
  await stopWorld(world);
}
const run = runOf(opts, {
  date: new Date().toISOString(),
  revision: gitRevision(),
  machine: machine(),
  loadAverage: { before: loadBefore, after: load() },
  realtime: children.realtime,
  results,
  dist: distSizes(children.current.actionDir),
});
writeResults(opts.out, run);

const sections = resultSections(run, opts);
console.log(`\n${sections.join('\n\n')}\n`);
if (opts.baseline) console.log(`${comparisonText(run)}\n`);
const passed = checks(run);
console.log(
  `Targets: ${passed.filter(Boolean).length} of ${passed.length} pass. Wrote ${relative(process.cwd(), opts.out)}.`,
);
if (opts.md) await writeBenchmarksMd(run, opts, sections);
children.remove();

// Learn mode (proxy latency, main start-up with learn-permissions): its own script and BENCHMARKS.md section.
spawnSync('npx', ['tsx', join(ROOT, 'scripts/bench-learn.ts'), ...(opts.md ? ['--md'] : [])], {
  stdio: 'inherit',
  env: { ...process.env, NODE_EXTRA_CA_CERTS: '' },
});
