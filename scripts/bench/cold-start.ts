// 1. Cold start: wall time from spawn to exit of each step at latency 0, every bundle's runs interleaved with
//    `node -e 0` runs in one loop; the ratio is median(step) / median(node -e 0) of the same loop. Peak RSS from
//    separate runs (under /usr/bin/time, which would cost wall time above).
import type { Bundle, Timed } from './children.js';
import { bundlesOf, orderOf, type Ctx } from './context.js';
import { SCENARIO_KEYS, type Scenario } from './scenarios.js';
import { median, quantile } from './stats.js';
import { TARGET } from './targets.js';
import { ephemeralInputs, ghEnv, setLatency, testInputs } from './world.js';

export type ColdKey = 'test' | `main-${Scenario}` | `post-${Scenario}`;
export const COLD_ROWS: Array<{ key: ColdKey; label: string; target?: number }> = [
  { key: 'test', label: 'main, mode: test', target: TARGET.testRatio },
  { key: 'main-none', label: 'main, ephemeral, no targets', target: TARGET.ephemeralRatio },
  { key: 'post-none', label: 'post (deletes the key)', target: TARGET.postRatio },
  { key: 'main-repo', label: 'main, ephemeral, 1 target' },
  { key: 'post-repo', label: 'post, 1 target' },
  { key: 'main-three', label: 'main, ephemeral, 3 targets' },
  { key: 'post-three', label: 'post, 3 targets' },
];

export interface ColdRow {
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

/** `node -e 0`, the denominator of every ratio. */
export interface EmptyStats {
  readonly runs: number;
  readonly medianMs: number;
  readonly p10Ms: number;
  readonly p90Ms: number;
  readonly minMs: number;
  readonly rssMb: number | undefined;
}

export interface ColdStart {
  readonly empty: EmptyStats;
  /** One list per bundle of bundlesOf(). */
  readonly rows: ColdRow[][];
}

type Samples = Map<ColdKey, number[]>;
const samples = (): Samples => new Map(COLD_ROWS.map((r) => [r.key, []]));

/**
 * One round: `node -e 0`, mode: test of every bundle, then for each scenario (after another `node -e 0` when
 * timing) main + post of every bundle. The RSS rounds run `node -e 0` once.
 */
async function round(ctx: Ctx, node: string, bundles: Bundle[], order: number[], rss: boolean) {
  const { children: c, world: w } = ctx;
  const empty: Timed[] = [await c.runEmpty(node, rss)];
  const steps = bundles.map(() => new Map<ColdKey, Timed>());
  for (const i of order) {
    const bundle = bundles[i] as Bundle;
    steps[i]?.set('test', await c.runStep(bundle, node, 'main', testInputs(w), {}, {}, rss));
  }
  for (const s of SCENARIO_KEYS) {
    if (!rss) empty.push(await c.runEmpty(node));
    const inputs = ephemeralInputs(w, s);
    for (const i of order) {
      const bundle = bundles[i] as Bundle;
      const m = await c.runStep(bundle, node, 'main', inputs, ghEnv(w), {}, rss);
      const p = await c.runStep(bundle, node, 'post', inputs, ghEnv(w), m.state, rss);
      if (!/Deleted key SK/.test(p.stdout)) throw new Error(`post did not delete the key:\n${p.stdout}`);
      steps[i]?.set(`main-${s}`, m).set(`post-${s}`, p);
    }
  }
  return { empty, steps };
}

export async function measureColdStart(ctx: Ctx, node: string): Promise<ColdStart> {
  const { opts, world: w } = ctx;
  const on = opts.sections.has('cold');
  const bundles = bundlesOf(ctx);
  setLatency(w, 0);
  const empty: number[] = [];
  const wall = bundles.map(samples);
  for (let r = -1; on && r < opts.runs; r++) {
    const { empty: e, steps } = await round(ctx, node, bundles, orderOf(bundles.length, r), false);
    if (r < 0) continue; // round -1 warms the page cache and the emulators
    empty.push(...e.map((t) => t.wallMs));
    steps.forEach((m, i) => m.forEach((t, k) => wall[i]?.get(k)?.push(t.wallMs)));
    process.stderr.write(`\rcold start: round ${r + 1}/${opts.runs}`);
  }
  process.stderr.write('\n');

  const emptyRss: number[] = [];
  const rss = bundles.map(samples);
  for (let r = 0; on && r < opts.rssRuns; r++) {
    const { empty: e, steps } = await round(ctx, node, bundles, orderOf(bundles.length, r), true);
    emptyRss.push(e[0]?.rssKb ?? NaN);
    steps.forEach((m, i) => m.forEach((t, k) => rss[i]?.get(k)?.push(t.rssKb ?? NaN)));
  }
  const rssMb = (xs: number[]) => (opts.rssRuns > 0 ? median(xs) / 1024 : undefined);

  const emptyMedian = median(empty);
  const rows = bundles.map((_, i) =>
    COLD_ROWS.map(({ key, label, target }): ColdRow => {
      const xs = wall[i]?.get(key) ?? [];
      const ratio = median(xs) / emptyMedian;
      return {
        key,
        label,
        runs: xs.length,
        medianMs: median(xs),
        p10Ms: quantile(xs, 0.1),
        p90Ms: quantile(xs, 0.9),
        minMs: Math.min(...xs),
        ratio,
        minRatio: Math.min(...xs) / Math.min(...empty),
        rssMb: rssMb(rss[i]?.get(key) ?? []),
        target,
        pass: target === undefined ? undefined : ratio <= target,
      };
    }),
  );
  const empties: EmptyStats = {
    runs: empty.length,
    medianMs: emptyMedian,
    p10Ms: quantile(empty, 0.1),
    p90Ms: quantile(empty, 0.9),
    minMs: Math.min(...empty),
    rssMb: rssMb(emptyRss),
  };
  return { empty: empties, rows };
}
