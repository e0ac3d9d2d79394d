// Fault matrix table: rotate mode (see framework.ts for the checks every cell makes).
import { H, problems } from '../support.js';
import { rerun, sweepAfter, type Mode } from './framework.js';
import { ENV_SECRET, LINEAGE, rotateUnderFault, seedLineage } from './rotation.js';
import { createKey, deleteKey, KEYS, twinSearch } from './shared.js';

export const rotate: Mode = {
  name: 'rotate',
  calls: [
    {
      side: 'twilio',
      label: 'list lineage',
      method: 'GET',
      path: KEYS,
      names: /list keys/,
      clean: 1,
      bound: 4,
    },
    createKey,
    twinSearch({ nth: 2, clean: 2, bound: 1 + 4 }),
    deleteKey('delete superseded key', /superseded key|delete key/),
    {
      side: 'github',
      label: 'read public key (environment)',
      method: 'GET',
      path: ENV_SECRET('public-key'),
      names: /public key/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'write API_KEY (round 1, environment)',
      method: 'PUT',
      path: ENV_SECRET('TWILIO_API_KEY'),
      names: /write secret TWILIO_API_KEY/,
      clean: 1,
      // One write budget: updated_at (the seeded value is an hour old) shows the SID never landed, so the
      // SID is not written back there.
      bound: 4,
    },
    {
      side: 'github',
      label: 'write API_SECRET (round 2, environment)',
      method: 'PUT',
      path: ENV_SECRET('TWILIO_API_SECRET'),
      names: /write secret TWILIO_API_SECRET/,
      clean: 1,
      bound: 4,
    },
  ],
  async run(cell) {
    const { c, call, expect } = cell;
    const { k0, k1 } = await seedLineage(c);
    // Keys this run mints look 2 s old to a sweep with max-age 1s (sweep reads the time from Twilio's answers).
    c.twilio.clock.advance(-2_000);
    const { main, inputs, created, held, spuriousTimeouts } = await rotateUnderFault(cell, k1);
    if (main.exitCode === 0) {
      expect(held, 'all new').toEqual(new Set([main.outputs['api-key-sid']]));
      const alive = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
      if (call.label !== 'delete superseded key') expect(alive.has(k0), 'superseded K0 deleted').toBe(false);
      expect(alive.has(k1.sid), 'K1 kept within grace').toBe(true);
    }
    // No orphan: every key this run created is held by a target, or (a twin whose search failed: the
    // error names the lineage) it is deleted by the rotations that follow, once its successor is past grace.
    const followUps: string[] = [];
    const orphans = created.filter((k) => !held.has(k.sid));
    if (orphans.length > 0) {
      // A twin whose search failed. The error says so, naming the key's name.
      expect(main.exitCode).toBe(1);
      const error = problems([main]).errors.join('\n');
      for (const k of orphans) expect(error).toContain(k.friendlyName ?? '-');
      if (orphans.some((k) => k.friendlyName?.startsWith('gha:eph:'))) {
        // Minted under an ephemeral-tagged name: the next sweep removes it.
        await sweepAfter(cell, followUps, '1s');
      }
      if (orphans.some((k) => k.friendlyName === LINEAGE)) {
        // In the lineage: deleted by later rotations once its successor is past grace.
        for (let i = 0; i < 2; i++) {
          await rerun(cell, inputs, followUps);
          c.twilio.clock.advance(2 * H);
        }
      }
      const live = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
      expect(
        orphans.filter((k) => live.has(k.sid)).map((k) => `${k.sid} '${k.friendlyName}'`),
        'no orphan after the sweep or rotations the design relies on',
      ).toEqual([]);
    }
    return { steps: [main], followUps, spuriousTimeouts };
  },
};
