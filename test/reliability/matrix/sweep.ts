// Fault matrix table: sweep mode (see framework.ts for the checks every cell makes).
import { H } from '../support.js';
import { mainUnderFault, rerun, twilioInputs, type Mode } from './framework.js';
import { LINEAGE } from './rotation.js';
import { KEY, KEYS } from './shared.js';

const EXPIRED = [
  'gha:eph:111.1.aaaaaa:octo/app:build',
  'gha:eph:112.2.bbbbbb:octo/app:test',
  'gha:eph:113.1.cccccc:x/y:z',
];

export const sweepMode: Mode = {
  name: 'sweep',
  calls: [
    {
      side: 'twilio',
      label: 'list keys (page 1)',
      method: 'GET',
      path: KEYS,
      names: /list keys/,
      clean: 2,
      bound: 4,
    },
    {
      side: 'twilio',
      label: 'list keys (page 2)',
      method: 'GET',
      path: KEYS,
      nth: 2,
      names: /list keys/,
      clean: 2,
      bound: 1 + 4,
    },
    {
      side: 'twilio',
      label: 'delete key',
      method: 'DELETE',
      path: KEY,
      names: /delete/i,
      clean: 3,
      bound: 3 * 4,
    },
  ],
  async run(cell) {
    const { c, expect } = cell;
    const add = (friendlyName: string, hoursOld: number) =>
      c.twilio.addKey({
        accountSid: c.account.sid,
        type: 'standard',
        friendlyName,
        createdAt: new Date(Date.now() - hoursOld * H),
      }).sid;
    // Two pages (Twilio's largest page is 1,000 keys).
    const keep = new Set<string>();
    for (let i = 0; i < 1000; i++) keep.add(add(`deploy ${i}`, 1));
    keep.add(add('deploy', 30));
    keep.add(add(LINEAGE, 30));
    keep.add(add('gha:eph:12345678901.1.dddddd:octo/app:build', 30)); // the sweeping run's own
    keep.add(add('gha:eph:222.1.eeeeee:octo/app:build', 1)); // younger than max-age
    const expired = new Set(EXPIRED.map((n) => add(n, 25)));
    const inputs = twilioInputs(c, { mode: 'sweep', 'max-age': '24h' });
    const { main, spuriousTimeouts } = await mainUnderFault(cell, inputs);
    const followUps: string[] = [];
    const alive = () => new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
    const missing = (live: Set<string>) => [...keep].filter((sid) => !live.has(sid));
    expect(missing(alive()), 'sweep never deletes an untagged, lineage, own-run or young key').toEqual([]);
    if ([...expired].some((sid) => alive().has(sid))) {
      // A sweep that could not finish fails; the next one (here: a re-run) finishes the job.
      expect(main.exitCode).toBe(1);
      await rerun(cell, inputs, followUps);
    }
    const live = alive();
    expect(missing(live)).toEqual([]);
    expect(
      [...expired].filter((sid) => live.has(sid)),
      'expired tagged keys deleted',
    ).toEqual([]);
    expect(live.size).toBe(keep.size);
    return { steps: [main], followUps, spuriousTimeouts };
  },
};
