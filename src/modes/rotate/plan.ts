// The pure decisions of a rotation: which keys of the lineage to delete, which key each target held
// before this run, and how to put those back. No I/O.
//
// Keys of one lineage replace each other. A key is superseded once a newer one exists, and it may go
// once its successor (the next newer key) has been alive for the grace period: by then every consumer
// has had time to read the successor's secret. So the newest previous key survives until the new key
// has aged past the grace period, and the newest key of all is never deleted.

import type { SecretTarget } from '../../config.js';
import { CLOCK_SLACK_MS } from '../ownership.js';

export interface LineageKey {
  readonly sid: string;
  readonly dateCreated: Date;
}

export interface RotationPlan<K extends LineageKey> {
  /** Superseded keys whose successor is at least `graceMs` old: delete these. */
  readonly remove: K[];
  /** Old keys that stay (within grace, or protected). */
  readonly keep: K[];
  /** The newest key before the new one: what the secrets held until now, if any. */
  readonly previous: K | undefined;
}

/** Oldest first; keys created in the same second are ordered by SID, so the plan is deterministic. */
export function byAge<K extends LineageKey>(keys: readonly K[]): K[] {
  return [...keys].sort(
    (a, b) =>
      a.dateCreated.getTime() - b.dateCreated.getTime() || (a.sid < b.sid ? -1 : a.sid > b.sid ? 1 : 0),
  );
}

/**
 * @param existing the lineage's keys before this rotation (the new key excluded)
 * @param newest   the new key; it is the newest whatever its date says, and is never deleted
 * @param now      Twilio's clock (the new key's date_created), so a runner clock that is off changes nothing
 * @param protect  SIDs never to delete (e.g. the admin key this run authenticates with)
 */
export function planRotation<K extends LineageKey>(
  existing: readonly K[],
  newest: LineageKey,
  now: number,
  graceMs: number,
  protect: ReadonlySet<string> = new Set(),
): RotationPlan<K> {
  const old = byAge(existing.filter((k) => k.sid !== newest.sid));
  const remove: K[] = [];
  const keep: K[] = [];
  old.forEach((key, i) => {
    const successor: LineageKey = old[i + 1] ?? newest;
    const successorAge = now - successor.dateCreated.getTime();
    if (successorAge >= graceMs && !protect.has(key.sid)) remove.push(key);
    else keep.push(key);
  });
  return { remove, keep, previous: old[old.length - 1] };
}

/**
 * The key a target held before this run: the newest lineage key created before the target's API_SECRET
 * was last written (restores never rewrite API_SECRET). Falls back to the newest previous key when the
 * timestamps cannot tell. CLOCK_SLACK_MS: a rotation writes a secret a round trip or more after minting
 * its key, and a newer lineage key appears only with the next rotation, normally hours later.
 */
export function keyHeldAt(
  lineage: readonly LineageKey[],
  secretWrittenAt: number | null | undefined,
  previous: LineageKey | undefined,
): string | undefined {
  if (typeof secretWrittenAt !== 'number') return previous?.sid;
  const before = lineage
    .filter((k) => k.dateCreated.getTime() <= secretWrittenAt + CLOCK_SLACK_MS)
    .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
  return before[0]?.sid ?? previous?.sid;
}

export interface RestorePlan<T> {
  /** Targets grouped by the key SID each gets back (targets may differ after an incomplete rotation). */
  readonly bySid: ReadonlyMap<string, T[]>;
  /** Targets whose previous key is not known: nothing to put back. */
  readonly unknown: T[];
}

/**
 * Which SID goes back where after a failed write: `got` are the targets where the new key SID landed or
 * may have; each gets back the SID it held.
 */
export function planRestore<T extends { readonly target: SecretTarget }>(
  got: readonly T[],
  heldSid: (t: SecretTarget) => string | undefined,
): RestorePlan<T> {
  const bySid = new Map<string, T[]>();
  const unknown: T[] = [];
  for (const p of got) {
    const sid = heldSid(p.target);
    if (sid) bySid.set(sid, [...(bySid.get(sid) ?? []), p]);
    else unknown.push(p);
  }
  return { bySid, unknown };
}
