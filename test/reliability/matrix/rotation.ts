// Shared by the rotate tables: the lineage a rotation finds, and what every target must hold after it.
import type { ExpectStatic } from 'vitest';
import type { ScopeRef } from '../../emulator/github/index.js';
import { envScope, H, REPO, repoScope, seedSecret, triple, type Cell } from '../support.js';

export const LINEAGE = 'gha:rot:billing';
export const ENV_SECRET = (name: string) => `/repos/${REPO}/environments/production/secrets/${name}`;

/** The lineage before the run: K0 (3 h old) superseded by K1 (2 h old), which both targets hold. */
export async function seedLineage(c: Cell): Promise<{ k0: string; k1: { sid: string; secret: string } }> {
  const add = (hoursOld: number) =>
    c.twilio.addKey({
      accountSid: c.account.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
      friendlyName: LINEAGE,
      createdAt: new Date(Date.now() - hoursOld * H),
    });
  const k0 = add(3).sid;
  const k1 = add(2);
  for (const scope of [repoScope, envScope]) {
    await seedSecret(c.github, scope, 'TWILIO_ACCOUNT_SID', c.account.sid, H);
    await seedSecret(c.github, scope, 'TWILIO_API_KEY', k1.sid, H);
    await seedSecret(c.github, scope, 'TWILIO_API_SECRET', k1.secret, H);
  }
  return { k0, k1 };
}

/** Each target holds a complete pair of a live key: old (K1) or new. Returns the SIDs held. */
export function expectWorkingPairs(expect: ExpectStatic, c: Cell, allowed: ReadonlySet<string>): Set<string> {
  const live = new Map(c.twilio.keys(c.account.sid).map((k) => [k.sid, k.secret]));
  const held = new Set<string>();
  for (const scope of [repoScope, envScope] as ScopeRef[]) {
    const t = triple(c.github, scope);
    expect(t.accountSid, JSON.stringify(scope)).toBe(c.account.sid);
    expect(allowed.has(t.sid ?? ''), `${JSON.stringify(scope)} holds the old or the new key`).toBe(true);
    expect(live.get(t.sid ?? ''), `${JSON.stringify(scope)} holds a live key and its secret`).toBe(t.secret);
    held.add(t.sid ?? '');
  }
  return held;
}
