// Which keys sweep deletes. Pure.
//
// Only keys whose friendly name starts with this action's ephemeral tag (`gha:eph:<run>.<attempt>.<nonce>:`)
// and which are older than max-age. Never an untagged key, never a rotation lineage key (`gha:rot:`),
// never a key of the run doing the sweep (any attempt: a re-run of failed jobs reuses the outputs, and
// so the keys, of attempt 1's successful jobs), never a protected SID (the admin key itself).
import { EPHEMERAL_PREFIX, isEphemeralName } from '../naming.js';

export interface ListedKey {
  readonly sid: string;
  readonly friendlyName: string | null | undefined;
  readonly dateCreated: Date;
}

export interface SweepPlan<K extends ListedKey> {
  readonly listed: number;
  /** Keys that carry the ephemeral tag (the current run's included). */
  readonly tagged: number;
  /** Tagged keys of the run doing the sweep, left alone. */
  readonly currentRun: number;
  /** Tagged keys older than max-age (the current run's and protected ones excluded). */
  readonly remove: K[];
}

export function currentRunPrefix(runId: string): string {
  return `${EPHEMERAL_PREFIX}${runId}.`;
}

export function planSweep<K extends ListedKey>(
  keys: readonly K[],
  opts: {
    readonly now: number;
    readonly maxAgeMs: number;
    readonly runId: string;
    readonly protect?: ReadonlySet<string>;
  },
): SweepPlan<K> {
  const own = currentRunPrefix(opts.runId);
  const seen = new Set<string>();
  let tagged = 0;
  let currentRun = 0;
  const remove: K[] = [];
  for (const key of keys) {
    // A key listed twice (a page boundary moving while listing) is counted and deleted once.
    if (seen.has(key.sid)) continue;
    seen.add(key.sid);
    if (!isEphemeralName(key.friendlyName)) continue;
    tagged++;
    if ((key.friendlyName as string).startsWith(own)) {
      currentRun++;
      continue;
    }
    if (opts.protect?.has(key.sid)) continue;
    if (opts.now - key.dateCreated.getTime() > opts.maxAgeMs) remove.push(key);
  }
  return { listed: seen.size, tagged, currentRun, remove };
}
