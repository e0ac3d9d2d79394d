import { describe, expect, it } from 'vitest';
import { currentRunPrefix, planSweep, type ListedKey } from '../../src/modes/sweep-plan.js';

const H = 3_600_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const k = (sid: string, friendlyName: string | null, hoursOld: number): ListedKey => ({
  sid,
  friendlyName,
  dateCreated: new Date(NOW - hoursOld * H),
});
const opts = { now: NOW, maxAgeMs: 24 * H, runId: '777' };
const sids = (keys: readonly ListedKey[]) => keys.map((x) => x.sid);

describe('planSweep', () => {
  it('deletes only tagged keys older than max-age', () => {
    const keys = [
      k('SK1', 'gha:eph:100.1.abcdef:octo/app:build', 30), // tagged, old -> delete
      k('SK2', 'gha:eph:100.1.abcdef:octo/app:build', 2), // tagged, fresh
      k('SK3', 'deploy key', 900), // untagged
      k('SK4', null, 900), // no name
      k('SK5', 'gha:rot:billing', 900), // rotation lineage
      k('SK6', 'gha:eph:777.1.123456:octo/app:test', 900), // the sweeping run's own key
      k('SK7', 'gha:eph:777.2.654321:octo/app:test', 900), // same run, other attempt
      k('SK8', 'prefix gha:eph:100.1.abcdef:', 900), // tag not first
      k('SK9', 'gha:eph:101.3.0a0b0c:', 24.01), // just past max-age
      k('SK10', 'gha:eph:101.3.0a0b0c:', 24), // exactly max-age: not older
      k('SK11', 'gha:eph:1.1:old-format-without-nonce', 900), // not our tag
      k('SK12', 'GHA:EPH:100.1.abcdef:', 900), // case matters
    ];
    const plan = planSweep(keys, opts);
    expect(sids(plan.remove)).toEqual(['SK1', 'SK9']);
    expect(plan).toMatchObject({ listed: 12, tagged: 6, currentRun: 2 });
  });

  it('does not take run 77 for run 777', () => {
    expect(currentRunPrefix('77')).toBe('gha:eph:77.');
    const plan = planSweep(
      [k('SK1', 'gha:eph:7770.1.abcdef:x', 48), k('SK2', 'gha:eph:777.1.abcdef:x', 48)],
      opts,
    );
    expect(sids(plan.remove)).toEqual(['SK1']);
  });

  it('never deletes a protected key', () => {
    const plan = planSweep([k('SKadmin', 'gha:eph:1.1.abcdef:x', 48)], {
      ...opts,
      protect: new Set(['SKadmin']),
    });
    expect(plan.remove).toEqual([]);
    expect(plan.tagged).toBe(1);
  });

  it('counts and deletes a key listed twice once', () => {
    const a = k('SK1', 'gha:eph:1.1.abcdef:x', 48);
    const plan = planSweep([a, a], opts);
    expect(plan.listed).toBe(1);
    expect(sids(plan.remove)).toEqual(['SK1']);
  });

  it('treats keys from the future (clock skew) as fresh', () => {
    expect(planSweep([k('SK1', 'gha:eph:1.1.abcdef:x', -5)], opts).remove).toEqual([]);
  });
});
