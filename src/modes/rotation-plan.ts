// Which keys of a rotation lineage to delete. Pure.
//
// Keys of one lineage replace each other. A key is superseded once a newer one exists, and it may go
// once its successor (the next newer key) has been alive for the grace period: by then every consumer
// has had time to read the successor's secret. So the newest previous key survives until the new key
// has aged past the grace period, and the newest key of all is never deleted.

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
