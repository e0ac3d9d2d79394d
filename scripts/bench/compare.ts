// --baseline: the before/after table of each Node binary, for stdout, bench/results.json and BENCHMARKS.md.
// Both bundles ran in the same loops, against the same `node -e 0` runs, so their ratios share one machine load.
import type { ColdRow, EmptyStats } from './cold-start.js';
import type { PathRow } from './critical-path.js';
import { f0, f1, f2 } from './format.js';

export interface ColdDelta {
  readonly step: string;
  readonly baselineMs: number;
  readonly baselineRatio: number;
  readonly currentMs: number;
  readonly currentRatio: number;
  /** current - baseline. */
  readonly deltaMs: number;
  readonly deltaPct: number;
}

export interface PathDelta {
  readonly step: string;
  readonly baselineTrips: number;
  readonly baselineWallMs: number;
  readonly currentTrips: number;
  readonly currentWallMs: number;
  /** Wall time at L, current - baseline. */
  readonly deltaMs: number;
  readonly deltaPct: number;
}

export interface Comparison {
  readonly label: string;
  /** Cold start medians (empty without the cold-start half), `node -e 0` first. */
  readonly cold: ColdDelta[];
  /** Critical path at L (empty without that half). */
  readonly paths: PathDelta[];
}

interface Measured {
  readonly cold: readonly ColdRow[];
  readonly paths: readonly PathRow[];
}

const pct = (now: number, then: number): number => ((now - then) / then) * 100;

/** `baseline<F>` and `current<F>` for every field F of a row. */
type Sides<F extends string> = { readonly [K in F as `baseline${K}` | `current${K}`]: number };

/**
 * One delta row per current row that has a baseline: the fields `fields` reads from both, then the
 * change in `main`. Keys come in the order of the interfaces above, as results.json has them.
 */
function deltas<R extends { readonly label: string }, F extends string>(
  current: readonly R[],
  baselineOf: (row: R) => R | undefined,
  fields: (row: R) => Record<F, number>,
  main: NoInfer<F>,
): Array<{ readonly step: string; readonly deltaMs: number; readonly deltaPct: number } & Sides<F>> {
  const side = (prefix: string, values: Record<F, number>) =>
    Object.entries<number>(values).map(([k, v]) => [prefix + k, v] as const);
  return current.flatMap((c) => {
    const b = baselineOf(c);
    if (!b) return [];
    const [then, now] = [fields(b), fields(c)];
    const sides = Object.fromEntries([...side('baseline', then), ...side('current', now)]) as Sides<F>;
    return [
      { step: c.label, ...sides, deltaMs: now[main] - then[main], deltaPct: pct(now[main], then[main]) },
    ];
  });
}

export function compare(
  empty: EmptyStats,
  current: Measured,
  baseline: Measured & { label: string },
): Comparison {
  const cold: ColdDelta[] = deltas(
    current.cold,
    (c) => (c.runs === 0 ? undefined : baseline.cold.find((x) => x.key === c.key)),
    (r) => ({ Ms: r.medianMs, Ratio: r.ratio }),
    'Ms',
  );
  if (cold.length > 0) {
    const ms = empty.medianMs;
    const d = { baselineMs: ms, baselineRatio: 1, currentMs: ms, currentRatio: 1, deltaMs: 0, deltaPct: 0 };
    cold.unshift({ step: '`node -e 0`', ...d });
  }
  const paths: PathDelta[] = deltas(
    current.paths,
    (p) => baseline.paths.find((x) => x.step === p.step && x.scenario === p.scenario),
    (r) => ({ Trips: r.trips, WallMs: r.wallMs }),
    'WallMs',
  );
  return { label: baseline.label, cold, paths };
}

const signed = (x: number, format: (x: number) => string): string => (x > 0 ? '+' : '') + format(x);
const delta = (ms: number, percent: number): string =>
  ms === 0 ? '' : `${signed(ms, f0)} ms (${signed(percent, f1)}%)`;

/** The tables of one comparison, drawn by `table` (mdTable or textTable); '' when neither half ran. */
export function comparisonTables(c: Comparison, table: (head: string[], rows: string[][]) => string): string {
  const out: string[] = [];
  if (c.cold.length > 0)
    out.push(
      table(
        ['cold start', `${c.label} ms`, 'ratio', 'current ms', 'ratio', 'delta'],
        c.cold.map((d) => [
          d.step,
          f0(d.baselineMs),
          f2(d.baselineRatio),
          f0(d.currentMs),
          f2(d.currentRatio),
          delta(d.deltaMs, d.deltaPct),
        ]),
      ),
    );
  if (c.paths.length > 0)
    out.push(
      table(
        ['critical path', `${c.label} round trips`, 'wall ms', 'current round trips', 'wall ms', 'delta'],
        c.paths.map((d) => [
          d.step,
          String(d.baselineTrips),
          f0(d.baselineWallMs),
          String(d.currentTrips),
          f0(d.currentWallMs),
          delta(d.deltaMs, d.deltaPct),
        ]),
      ),
    );
  return out.join('\n\n');
}
