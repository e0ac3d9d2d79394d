// --md: rewrites BENCHMARKS.md (method, machine, the Results sections, with --baseline "Before and after", peers),
// keeping the hand-measured "Test suite" section and what follows it (scripts/bench-learn.ts's "Learn mode").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Options } from './args.js';
import type { ColdKey } from './cold-start.js';
import { comparisonTables } from './compare.js';
import { f2, mdTable } from './format.js';
import { conditions } from './report.js';
import type { Run } from './results.js';
import { PEERS } from './targets.js';

function beforeAndAfter(run: Run, opts: Options): string {
  const blocks = run.results.flatMap((r) =>
    r.comparison && r.baselineBundle
      ? [`### Node ${r.version}\n\n${comparisonTables(r.comparison, mdTable)}`]
      : [],
  );
  if (!opts.baseline || blocks.length === 0) return '';
  return `## Before and after

"${opts.baseline.label}": the bundle in \`${opts.baseline.dir}\`, measured by \`--baseline\` in the same bench as this
revision's (\`current\`): in every cold-start round both bundles run each step after the same \`node -e 0\` run (which
of the two goes first alternates by round), and in the critical path their L = 0 / L pairs alternate, so both see the
same machine load. "ratio": median / median(\`node -e 0\`) of that one loop. Delta: current - ${opts.baseline.label}.

${blocks.join('\n\n')}

`;
}

export async function writeBenchmarksMd(run: Run, opts: Options, results: string[]): Promise<void> {
  const { machine: host, date, revision } = run;
  const first = run.results[0];
  const ratio = (k: ColdKey) => f2(first?.cold.find((c) => c.key === k)?.ratio ?? NaN);
  const md = `# Benchmarks

What every user of this action pays on every job: the start-up of the main and the post step, the network round
trips before later steps can run, and the size of \`dist/\`. Targets: the budget this project set itself (start-up of \`mode: test\` and of post at most 2x \`node -e 0\`,
\`ephemeral\` no slower than the fastest peer, the fewest round trips the requests allow, \`dist/\` under 1.25 MB). Reproduce with
\`npm run bench\` (\`-- --node24 PATH\` or \`BENCH_NODE24=PATH\` adds a second Node binary, \`-- --rt\` runs the
children under \`chrt -f 1\` on a busy machine, \`-- --md\` rewrites this file); raw numbers go to
\`bench/results.json\`.

## Method

- **Cold start**: wall time from \`spawn\` to the child's exit (stdio drained) of the bundled step, run the way
  the runner runs it: \`node dist/main.js\` / \`node dist/post.js\` with \`INPUT_*\` (action.yml defaults filled
  in), the \`GITHUB_OUTPUT\`/\`GITHUB_ENV\`/\`GITHUB_STATE\`/\`GITHUB_STEP_SUMMARY\` files, and for post the
  \`STATE_*\` of a real main run (so post deletes a key, and the secrets that run wrote). The child's
  environment is built from scratch (\`PATH\`, \`HOME\`, \`GITHUB_*\`, inputs): in particular no
  \`NODE_EXTRA_CA_CERTS\`, which this machine sets and which costs ~70 ms per Node start, and which runners do
  not set. Each figure is the median of ${opts.runs} runs after a warm-up round; each round runs \`node -e 0\` before
  \`mode: test\` and before each ephemeral main + post pair, and the ratio is median(step) / median(\`node -e 0\`)
  of the same bench. \`mode: test\` makes no request; \`ephemeral\` runs against the Twilio and GitHub emulators
  (test/emulator/, in the bench process, 127.0.0.1, plain HTTP) with zero latency. "min / min" is the same ratio
  of the fastest runs, which other load on the machine disturbs least. Peak RSS: median of ${opts.rssRuns} further
  runs under \`/usr/bin/time -f %M\`.
- **Critical path**: both emulators wait L = ${opts.latencyMs} ms before every answer. For each scenario, ${opts.pathRuns} main +
  post runs at L, each paired with a main + post run at L = 0. "(wall - cold) / L" is the median of
  (wall at L - wall at 0) / L: the latency units the step spends waiting. Round trips: the longest chain of
  requests that do not overlap (one starts after the other has ended) in the emulators' logs during the step.
  Connections: TCP connections the step opened, counted by a proxy in front of each emulator (\`--handshake N\`
  makes the proxy hold each new connection for N x L, the TCP + TLS set-up that the plain-HTTP emulators on
  127.0.0.1 lack; 0 in this table unless the heading says otherwise).
  "Requests span": from the start of the first request to the end of the last, over L (round trips plus the
  CPU work between them). Budget: (cold start + target round trips x L) x 1.1. "First request at" counts from
  \`spawn\`; "exit after last answer" from the end of the last response to the child's exit.
- **Sizes**: every file under \`dist/\`, bytes (MB = 10^6 bytes).
- The bench copies \`dist/\` to a temporary directory first, and runs serially.

## Machine and date

${host.cpu}, ${host.cores} cores, ${host.memGb} GB RAM, ${host.os}; ${run.results.map((r) => `Node ${r.version}`).join(' and ')}.
${date.slice(0, 10)}, revision ${revision}; ${conditions(run)}.

## Results

${results.join('\n\n')}

${beforeAndAfter(run, opts)}## Peers

Measured by this project in November 2026 on a 2-core machine of the same kind, not on the machine above (Node 20,
\`node -e 0\` about 42 ms there): median of 25 cold starts of each main step, ratio to \`node -e 0\` of the same run.
Ratios move with the machine (see the notes below), so compare them loosely; the "Before and after" tables, measured
in one loop, are the way to compare two revisions.

${mdTable(
  ['action', 'main step cold start, x `node -e 0`', '`dist/`'],
  [
    ...PEERS.map((p) => [p.name, p.ratio.toFixed(1), p.dist]),
    [
      '**this action** (Node 20: ephemeral, no targets / mode: test / post)',
      `**${ratio('main-none')} / ${ratio('test')} / ${ratio('post-none')}**`,
      `**${(run.dist.total / 1e6).toFixed(2)} MB**`,
    ],
  ],
)}
`;
  // Formatted as `npm run lint` expects (prettier --check .).
  const prettier = await import('prettier');
  const file = join(ROOT, 'BENCHMARKS.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  // From "Notes" (or, without one, "Test suite") on, the file is written by hand (npm test on a fresh clone,
  // what the figures mean) or by scripts/bench-learn.ts: keep it.
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = ['\n## Notes', '\n## Test suite'].map((h) => old.indexOf(h)).find((i) => i >= 0) ?? -1;
  const kept = at >= 0 ? old.slice(at) : '';
  writeFileSync(file, await prettier.format(md + kept, { ...options, filepath: file }));
  console.log('Wrote BENCHMARKS.md.');
}
