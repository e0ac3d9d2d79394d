import { describe, expect, it } from 'vitest';
import type { SecretTarget } from '../../src/config.js';
import { byAge, keyHeldAt, planRestore, planRotation, type LineageKey } from '../../src/modes/rotate/plan.js';

const H = 3_600_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const key = (sid: string, hoursAfterT0: number): LineageKey => ({
  sid,
  dateCreated: new Date(T0 + hoursAfterT0 * H),
});
const sids = (keys: readonly LineageKey[]) => keys.map((k) => k.sid);

describe('planRotation', () => {
  it('keeps everything on the first rotation', () => {
    const fresh = key('SKnew', 0);
    const plan = planRotation([], fresh, T0, H);
    expect(plan).toEqual({ remove: [], keep: [], previous: undefined });
  });

  // The lineage (SID: hours after T0), when the new key is made, and what the plan removes, keeps and
  // names as the previous key, grace 1 h.
  it.each([
    [
      'keeps the previous key while the new key is younger than the grace period',
      { SKa: 0 },
      5,
      { remove: [], keep: ['SKa'], previous: 'SKa' },
    ],
    [
      // a -> b (2h later) -> c (2h later) -> new (2h later), grace 1h: a and b have old successors.
      'deletes a key once its successor is at least grace old, never the newest previous key',
      { SKc: 4, SKa: 0, SKb: 2 },
      6,
      { remove: ['SKa', 'SKb'], keep: ['SKc'], previous: 'SKc' },
    ],
  ])('%s', (_title, lineage, freshAt, expected) => {
    const fresh = key('SKnew', freshAt);
    const keys = Object.entries(lineage).map(([sid, hours]) => key(sid, hours));
    const plan = planRotation(keys, fresh, fresh.dateCreated.getTime(), H);
    expect(sids(plan.remove)).toEqual(expected.remove);
    expect(sids(plan.keep)).toEqual(expected.keep);
    expect(plan.previous?.sid).toBe(expected.previous);
  });

  it('measures the successor, not the key itself', () => {
    // a is old, but its successor b is only 30 minutes old: a stays, so consumers of a keep working.
    const a = key('SKa', 0);
    const b = key('SKb', 99.5);
    const fresh = key('SKnew', 100);
    const plan = planRotation([a, b], fresh, fresh.dateCreated.getTime(), H);
    expect(sids(plan.remove)).toEqual([]);
    expect(sids(plan.keep)).toEqual(['SKa', 'SKb']);
  });

  it('treats a successor exactly grace old as past grace', () => {
    const a = key('SKa', 0);
    const b = key('SKb', 1);
    const fresh = key('SKnew', 2);
    expect(sids(planRotation([a, b], fresh, fresh.dateCreated.getTime(), H).remove)).toEqual(['SKa']);
    expect(sids(planRotation([a, b], fresh, fresh.dateCreated.getTime() - 1, H).remove)).toEqual([]);
  });

  it('never deletes the new key, even if it appears in the listing or carries an older date', () => {
    const a = key('SKa', 0);
    const fresh = key('SKnew', -10); // a clock that went backwards must not make the new key "old"
    const plan = planRotation([a, fresh], fresh, T0 + 50 * H, H);
    expect(sids(plan.remove)).not.toContain('SKnew');
    expect(sids([...plan.remove, ...plan.keep])).toEqual(['SKa']);
  });

  it('never deletes a protected key (the admin key this run authenticates with)', () => {
    const a = key('SKa', 0);
    const b = key('SKb', 2);
    const fresh = key('SKnew', 4);
    const plan = planRotation([a, b], fresh, fresh.dateCreated.getTime() + 10 * H, H, new Set(['SKa']));
    expect(sids(plan.remove)).toEqual(['SKb']);
    expect(sids(plan.keep)).toEqual(['SKa']);
  });

  it('deletes every superseded key once the new key itself is past grace (e.g. grace 0 is not allowed, 1s is)', () => {
    const a = key('SKa', 0);
    const b = key('SKb', 1);
    const fresh = key('SKnew', 2);
    const plan = planRotation([a, b], fresh, fresh.dateCreated.getTime(), 1000);
    expect(sids(plan.remove)).toEqual(['SKa']);
    expect(sids(plan.keep)).toEqual(['SKb']); // the new key is 0 s old: b survives
  });

  it('orders keys created in the same second by SID, deterministically', () => {
    const x = key('SKx', 0);
    const y = key('SKy', 0);
    expect(sids(byAge([y, x]))).toEqual(['SKx', 'SKy']);
    expect(sids(byAge([x, y]))).toEqual(['SKx', 'SKy']);
    const fresh = key('SKnew', 5);
    const plan = planRotation([y, x], fresh, fresh.dateCreated.getTime(), H);
    expect(sids(plan.remove)).toEqual(['SKx']);
    expect(plan.previous?.sid).toBe('SKy');
  });

  it('over many rotations, at most the keys within grace survive', () => {
    // Rotations every 30 minutes with a 1 h grace: after each one, the lineage holds the new key plus
    // the keys whose successor is younger than 1 h.
    let lineage: LineageKey[] = [];
    for (let i = 0; i < 12; i++) {
      const fresh = key(`SK${String(i).padStart(2, '0')}`, i / 2);
      const plan = planRotation(lineage, fresh, fresh.dateCreated.getTime(), H);
      lineage = [...plan.keep, fresh];
      for (const k of plan.keep)
        expect(k.dateCreated.getTime()).toBeGreaterThan(fresh.dateCreated.getTime() - 2 * H);
      expect(lineage.length).toBeLessThanOrEqual(3);
    }
    expect(sids(lineage)).toEqual(['SK09', 'SK10', 'SK11']);
  });
});

describe('keyHeldAt', () => {
  const key = (sid: string, at: number) => ({ sid, friendlyName: 'gha:rot:x', dateCreated: new Date(at) });
  const lineage = [key('SK1', 0), key('SK2', 10 * H), key('SK3', 20 * H)];
  it('is the newest key created before the target last got its API_SECRET', () => {
    expect(keyHeldAt(lineage, 10 * H + 5_000, lineage[2])).toBe('SK2');
    expect(keyHeldAt(lineage, 1_000, lineage[2])).toBe('SK1');
    expect(keyHeldAt(lineage, 30 * H, lineage[2])).toBe('SK3');
  });
  it('tolerates a few seconds of clock difference between GitHub and Twilio', () => {
    expect(keyHeldAt(lineage, 20 * H - 3_000, lineage[2])).toBe('SK3');
    expect(keyHeldAt(lineage, 20 * H - 10_000, lineage[2])).toBe('SK2');
  });
  it('falls back to the newest previous key when timestamps cannot tell', () => {
    expect(keyHeldAt(lineage, undefined, lineage[2])).toBe('SK3');
    expect(keyHeldAt(lineage, null, lineage[2])).toBe('SK3');
    expect(keyHeldAt(lineage, -10 * H, lineage[1])).toBe('SK2');
    expect(keyHeldAt([], 5, undefined)).toBeUndefined();
  });
});

describe('planRestore', () => {
  const repo = (name: string): { target: SecretTarget } => ({
    target: { scope: 'repository', owner: 'o', repo: name },
  });
  const held: Record<string, string> = { a: 'SK1', b: 'SK2', c: 'SK1' };
  const heldSid = (t: SecretTarget) => (t.scope === 'repository' ? held[t.repo] : undefined);

  it('groups the targets by the SID each held, so each gets back its own', () => {
    const plan = planRestore([repo('a'), repo('b'), repo('c')], heldSid);
    expect(
      [...plan.bySid.entries()].map(([sid, g]) => [sid, g.map((p) => (p.target as { repo: string }).repo)]),
    ).toEqual([
      ['SK1', ['a', 'c']],
      ['SK2', ['b']],
    ]);
    expect(plan.unknown).toEqual([]);
  });

  it('lists the targets whose previous key is not known apart', () => {
    const plan = planRestore([repo('a'), repo('x')], heldSid);
    expect([...plan.bySid.keys()]).toEqual(['SK1']);
    expect(plan.unknown).toEqual([repo('x')]);
  });

  it('plans nothing for no targets', () => {
    const plan = planRestore([], heldSid);
    expect(plan.bySid.size).toBe(0);
    expect(plan.unknown).toEqual([]);
  });
});
