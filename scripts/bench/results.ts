// The whole run as bench/results.json holds it, and the pass/fail count of the targets (./targets.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Options } from './args.js';
import type { NodeResult } from './bench-node.js';
import type { machine } from './host.js';
import type { Sizes } from './sizes.js';
import { PEERS, TARGET } from './targets.js';

export interface Run {
  readonly date: string;
  readonly revision: string;
  readonly machine: ReturnType<typeof machine>;
  readonly loadAverage: { before: number; after: number };
  readonly realtime: boolean;
  readonly runs: number;
  readonly pathRuns: number;
  readonly latencyMs: number;
  readonly handshakeRoundTrips: number;
  readonly targets: typeof TARGET;
  readonly peers: typeof PEERS;
  readonly results: NodeResult[];
  readonly dist: Sizes;
}

export function runOf(
  opts: Options,
  measured: Pick<Run, 'date' | 'revision' | 'machine' | 'loadAverage' | 'realtime' | 'results' | 'dist'>,
): Run {
  const { date, revision, machine, loadAverage, realtime, results, dist } = measured;
  return {
    ...{ date, revision, machine, loadAverage, realtime },
    ...{
      runs: opts.runs,
      pathRuns: opts.pathRuns,
      latencyMs: opts.latencyMs,
      handshakeRoundTrips: opts.handshake,
    },
    ...{ targets: TARGET, peers: PEERS, results, dist },
  };
}

export function writeResults(file: string, run: Run): void {
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
}

/** Every target check of the current bundle (not --baseline's). */
export function checks(run: Run): boolean[] {
  return [
    ...run.results.flatMap((r) => [
      ...r.cold.flatMap((c) => (c.pass === undefined ? [] : [c.pass])),
      ...r.paths.flatMap((p) => [p.tripsPass, p.wallPass]),
    ]),
    run.dist.total < TARGET.distBytes,
  ];
}
