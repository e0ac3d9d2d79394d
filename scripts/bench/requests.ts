// What a step did on the network: its requests in the emulators' logs, its connections in the proxies' counts, and
// the longest chain of requests it had to make one after the other.
import type { World } from './world.js';

export interface Req {
  readonly label: string;
  readonly startedAt: number;
  readonly endedAt: number;
}

export function requestsBetween(w: World, from: number, to: number): Req[] {
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

/** Connections the step opened, to both services. */
export function connectionsBetween(w: World, from: number, to: number): number {
  return [...w.twilioProxy.connections, ...w.githubProxy.connections].filter((t) => t >= from && t <= to)
    .length;
}

/** Longest chain of pairwise non-overlapping requests (greedy by end time is optimal for intervals). */
export function sequentialTrips(reqs: readonly Req[]): number {
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
