// 2. Critical path: both emulators add L to every request. Each run at L is paired with a run of the same step at
//    L = 0, so the subtraction is not thrown off by load that drifts during the bench: the step's waiting is
//    (wall at L - wall at 0) / L, and its sequential round trips are the longest chain of non-overlapping requests
//    in the emulators' logs. With --baseline, its bundle's pairs interleave with the current one's.
import type { Bundle, StepRun } from './children.js';
import { bundlesOf, log, orderOf, type Ctx } from './context.js';
import { connectionsBetween, requestsBetween, sequentialTrips, type Req } from './requests.js';
import { SCENARIO_KEYS, SCENARIOS, type Scenario } from './scenarios.js';
import { median } from './stats.js';
import { TARGET } from './targets.js';
import { ephemeralInputs, ghEnv, setLatency, type World } from './world.js';

export interface PathRow {
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

/** A run at L, what it did on the network, and the wall time of its twin at L = 0. */
interface Sample {
  readonly c: StepRun;
  readonly reqs: Req[];
  readonly zeroMs: number;
  readonly conns: number;
}

const sampleOf = (w: World, c: StepRun, zeroMs: number): Sample => ({
  c,
  reqs: requestsBetween(w, c.spawnedAt, c.closedAt),
  zeroMs,
  conns: connectionsBetween(w, c.spawnedAt, c.closedAt),
});

/** main + post at L = 0, then main + post at L. */
async function pair(ctx: Ctx, bundle: Bundle, node: string, s: Scenario, L: number) {
  const { children: c, world: w } = ctx;
  const inputs = ephemeralInputs(w, s);
  setLatency(w, 0);
  const m0 = await c.runStep(bundle, node, 'main', inputs, ghEnv(w), {});
  const p0 = await c.runStep(bundle, node, 'post', inputs, ghEnv(w), m0.state);
  setLatency(w, L);
  const m = await c.runStep(bundle, node, 'main', inputs, ghEnv(w), {});
  const main = sampleOf(w, m, m0.wallMs);
  const p = await c.runStep(bundle, node, 'post', inputs, ghEnv(w), m.state);
  return { main, post: sampleOf(w, p, p0.wallMs) };
}

function row(step: 'main' | 'post', s: Scenario, runs: Sample[], L: number): PathRow {
  const wallMs = median(runs.map((r) => r.c.wallMs));
  const coldMs = median(runs.map((r) => r.zeroMs));
  const trips = Math.max(...runs.map((r) => sequentialTrips(r.reqs)));
  const targetTrips = step === 'main' ? TARGET.mainTrips[s] : TARGET.postTrips;
  const budgetMs = (coldMs + targetTrips * L) * (1 + TARGET.slack);
  const sample = runs[runs.length >> 1];
  const t0 = sample?.c.spawnedAt ?? 0;
  const span = (r: Sample) =>
    Math.max(...r.reqs.map((q) => q.endedAt)) - Math.min(...r.reqs.map((q) => q.startedAt));
  return {
    step,
    scenario: s,
    label: `${step}, ${SCENARIOS[s].label}`,
    runs: runs.length,
    wallMs,
    coldMs,
    units: median(runs.map((r) => r.c.wallMs - r.zeroMs)) / L,
    spanUnits: median(runs.map(span)) / L,
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
  };
}

/** One list of rows per bundle of bundlesOf() (empty when --only leaves the critical path out). */
export async function measureCriticalPath(ctx: Ctx, node: string): Promise<PathRow[][]> {
  const { opts, world: w } = ctx;
  const L = opts.latencyMs;
  const bundles = bundlesOf(ctx);
  const rows: PathRow[][] = bundles.map(() => []);
  if (!opts.sections.has('paths')) return rows;
  for (const s of SCENARIO_KEYS) {
    const acc = bundles.map(() => ({ main: [] as Sample[], post: [] as Sample[] }));
    for (let i = 0; i < opts.pathRuns; i++)
      for (const b of orderOf(bundles.length, i)) {
        const { main, post } = await pair(ctx, bundles[b] as Bundle, node, s, L);
        acc[b]?.main.push(main);
        acc[b]?.post.push(post);
      }
    acc.forEach((a, b) => rows[b]?.push(row('main', s, a.main, L), row('post', s, a.post, L)));
    log(`critical path: ${SCENARIOS[s].label} done`);
  }
  setLatency(w, 0);
  return rows;
}
