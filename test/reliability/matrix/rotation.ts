// Shared by the rotate tables: the lineage a rotation finds, the rotation under the cell's fault, and what
// every target must hold after it.
import type { ExpectStatic } from 'vitest';
import type { ScopeRef } from '../../emulator/github/index.js';
import type { KeyRecord } from '../../emulator/twilio/index.js';
import type { StepResult } from '../../harness/action.js';
import { envScope, H, REPO, repoScope, seedSecret, triple, type Cell } from '../support.js';
import { githubInputs, mainUnderFault, twilioInputs, type CellRun } from './framework.js';
import { addMessagingKey } from './shared.js';

export const LINEAGE = 'gha:rot:billing';
export const ENV_SECRET = (name: string) => `/repos/${REPO}/environments/production/secrets/${name}`;

/** The lineage before the run: K0 (3 h old) superseded by K1 (2 h old), which both targets hold. */
export async function seedLineage(c: Cell): Promise<{ k0: string; k1: { sid: string; secret: string } }> {
  const add = (hoursOld: number) => addMessagingKey(c, LINEAGE, new Date(Date.now() - hoursOld * H));
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

/**
 * Rotates the seeded lineage (both targets, 1 h grace) under the cell's fault, `extra` adding inputs, and
 * checks that each target holds a working pair: K1's or that of a key this run created.
 */
export async function rotateUnderFault(
  cell: CellRun,
  k1: { sid: string },
  extra: Record<string, string> = {},
): Promise<{
  main: StepResult;
  inputs: Record<string, string>;
  /** Keys this run created. */
  created: KeyRecord[];
  /** SIDs the targets hold. */
  held: Set<string>;
  spuriousTimeouts: number;
}> {
  const { c, expect } = cell;
  const before = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
  const inputs = {
    ...twilioInputs(c, {
      mode: 'rotate',
      'friendly-name': 'billing',
      permissions: 'messaging',
      'grace-period': '1h',
      ...extra,
    }),
    ...githubInputs(c, 'repository\nenvironment:production'),
  };
  const { main, spuriousTimeouts } = await mainUnderFault(cell, inputs);
  const created = c.twilio.keys(c.account.sid).filter((k) => !before.has(k.sid));
  const held = expectWorkingPairs(expect, c, new Set([k1.sid, ...created.map((k) => k.sid)]));
  return { main, inputs, created, held, spuriousTimeouts };
}
