// What every measuring module gets: the options, the way to start children, the emulators; and progress output.
import type { Options } from './args.js';
import type { Bundle, Children } from './children.js';
import type { World } from './world.js';

export interface Ctx {
  readonly opts: Options;
  readonly children: Children;
  readonly world: World;
}

/** The bundles to measure: the current one first, then --baseline's. */
export function bundlesOf(ctx: Ctx): Bundle[] {
  const { current, baseline } = ctx.children;
  return baseline ? [current, baseline] : [current];
}

/**
 * Indexes into bundlesOf() in the order to run them in round `round`: it alternates, so that neither bundle always
 * runs first (right after `node -e 0`, or with a cooler cache).
 */
export function orderOf(count: number, round: number): number[] {
  const order = [...Array(count).keys()];
  return round % 2 ? order.reverse() : order;
}

/** Progress goes to stderr; the report to stdout. */
export function log(msg: string): void {
  process.stderr.write(msg + '\n');
}
