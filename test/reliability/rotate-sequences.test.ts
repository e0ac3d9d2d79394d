// Rotations in a row, where a failure in one shapes what the next finds. The fault matrix checks one run
// at a time; these check that the lineage and the targets stay consistent across runs.
import { describe, it, type ExpectStatic } from 'vitest';
import { runStep, type StepResult } from '../harness/action.js';
import type { ScopeRef } from '../emulator/github/index.js';
import { seedLineage } from './matrix/rotation.js';
import {
  envScope,
  githubInputs,
  H,
  inCell,
  problems,
  REPO,
  repoScope,
  STEP_ENV,
  triple,
  twilioInputs,
  type Cell,
} from './support.js';

const secretPath = (scope: ScopeRef, name: string) =>
  'environment' in scope
    ? `/repos/${REPO}/environments/${scope.environment}/secrets/${name}`
    : `/repos/${REPO}/actions/secrets/${name}`;

/** K0 (3 h old) superseded by K1 (2 h old), which both targets hold (matrix/rotation.ts). */
async function seed(c: Cell): Promise<{ k0: string; k1: string }> {
  const { k0, k1 } = await seedLineage(c);
  return { k0, k1: k1.sid };
}

function rotate(c: Cell): Promise<StepResult> {
  const rotation = {
    mode: 'rotate',
    'friendly-name': 'billing',
    permissions: 'messaging',
    'grace-period': '1h',
  };
  return runStep('main', {
    inputs: { ...twilioInputs(c, rotation), ...githubInputs(c, 'repository\nenvironment:production') },
    env: STEP_ENV,
  });
}

/** Every target holds the SID and secret of one live key. */
function expectWorkingPairs(expect: ExpectStatic, c: Cell, when: string): void {
  const live = new Map(c.twilio.keys(c.account.sid).map((k) => [k.sid, k.secret]));
  for (const scope of [repoScope, envScope]) {
    const t = triple(c.github, scope);
    expect(t.accountSid, `${when}: ${JSON.stringify(scope)}`).toBe(c.account.sid);
    expect(
      live.get(t.sid ?? '') === t.secret,
      `${when}: ${JSON.stringify(scope)} holds ${t.sid} and a secret that ${live.has(t.sid ?? '') ? 'is not that key\u2019s' : 'belongs to no live key'}`,
    ).toBe(true);
  }
}

/** GitHub answers every PUT of the secret `name` in `scope` with `status`. */
function failPut(c: Cell, scope: ScopeRef, name: string, status: number): void {
  c.github.faults.add({ method: 'PUT', path: secretPath(scope, name), kind: 'status', status });
}

/** The first ::error:: message of a step ('' when none). */
const errorOf = (step: StepResult): string => problems([step]).errors[0] ?? '';

/** The lineage a failed create may leave: a key whose answer was lost and whose twin search failed. */
function leaveTwin(c: Cell): void {
  c.twilio.faults.add({ method: 'POST', path: '/v1/Keys', nth: 1, kind: 'lost-response' });
  c.twilio.faults.add({ method: 'GET', path: '/v1/Keys', nth: 2, times: 100, kind: 'status', status: 500 });
}

describe.concurrent('rotate, run after run', () => {
  it(
    'a twin left by a failed rotation is never mistaken for the key the targets hold',
    inCell(async (c, expect) => {
      const { k1 } = await seed(c);
      leaveTwin(c);
      const first = await rotate(c);
      expect(first.exitCode).toBe(1);
      c.twilio.faults.clear();
      const twins = c.twilio.keys(c.account.sid).filter((k) => k.dateCreated.getTime() > Date.now() - H);
      expect(twins, 'the twin is there (its search failed)').toHaveLength(1);
      expectWorkingPairs(expect, c, 'after the failed rotation');
      expect(triple(c.github, repoScope).sid).toBe(k1);

      // The next rotation fails in round 1 on the environment: the repository got the new SID and must
      // get back the SID it held before (K1), never the twin's.
      failPut(c, envScope, 'TWILIO_API_KEY', 500);
      const second = await rotate(c);
      expect(second.exitCode).toBe(1);
      expectWorkingPairs(expect, c, 'after a round-1 failure following the twin');
    }),
  );

  it(
    'targets left on different keys by an incomplete rotation both keep a working pair through the next failure',
    inCell(async (c, expect) => {
      const { k1 } = await seed(c);
      // The seeded secrets were written an hour ago (seed), so updated_at tells which key each target held.
      // Round 2 fails on the environment: the repository is moved on to the new key N1, the environment's
      // SID is set back to K1, the key it held.
      failPut(c, envScope, 'TWILIO_API_SECRET', 403);
      const first = await rotate(c);
      expect(first.exitCode).toBe(1);
      expect(errorOf(first)).toMatch(/Rotation incomplete/);
      c.github.faults.clear();
      const n1 = first.outputs['api-key-sid'];
      expect(triple(c.github, repoScope).sid).toBe(n1);
      expect(triple(c.github, envScope).sid).toBe(k1);
      expectWorkingPairs(expect, c, 'after the incomplete rotation');

      // Next rotation: round 1 fails on the repository, the environment got the new SID N2. The SID put
      // back there must be K1's (the key the environment held), not N1's (the newest older lineage key).
      failPut(c, repoScope, 'TWILIO_API_KEY', 403);
      const second = await rotate(c);
      expect(second.exitCode).toBe(1);
      expect(errorOf(second)).toMatch(/nothing was rotated/);
      expectWorkingPairs(expect, c, 'after a round-1 failure on diverged targets');
      expect(triple(c.github, envScope).sid).toBe(k1);
      expect(triple(c.github, repoScope).sid).toBe(n1);

      // And the next rotation converges.
      c.github.faults.clear();
      const third = await rotate(c);
      expect(third.exitCode, third.stdout).toBe(0);
      expectWorkingPairs(expect, c, 'after the converging rotation');
      expect(triple(c.github, repoScope).sid).toBe(third.outputs['api-key-sid']);
      expect(triple(c.github, envScope).sid).toBe(third.outputs['api-key-sid']);
    }),
  );

  it(
    'a twin it could not check: the error names it, says what removes it, and that comes true',
    inCell(async (c, expect) => {
      await seed(c);
      leaveTwin(c);
      // Keys minted now look 2 s old to the sweep below (max-age 1s; it reads the time from Twilio's answers).
      c.twilio.clock.advance(-2_000);
      const first = await rotate(c);
      expect(first.exitCode).toBe(1);
      c.twilio.faults.clear();
      const message = errorOf(first);
      const twin = c.twilio.keys(c.account.sid).find((k) => k.dateCreated.getTime() > Date.now() - H);
      expect(twin, 'the twin exists').toBeDefined();
      expect(message).toContain(twin?.friendlyName ?? '-');
      // rotate saves no state for its post step, so nothing there will look for the key.
      expect(first.state).toEqual({});
      expect(message, 'rotate has no post step that looks for the key').not.toMatch(/post step/);
      if (twin?.friendlyName?.startsWith('gha:eph:')) {
        // Ephemeral-tagged: a later scheduled sweep removes it.
        expect(message).toMatch(/mode: sweep/);
        const swept = await runStep('main', {
          inputs: twilioInputs(c, { mode: 'sweep', 'max-age': '1s' }),
          env: { ...STEP_ENV, GITHUB_RUN_ID: '99999999999' },
        });
        expect(swept.exitCode).toBe(0);
      } else {
        // In the lineage: later rotations delete it once its successor is past grace.
        expect((await rotate(c)).exitCode).toBe(0);
        c.twilio.clock.advance(2 * H);
        expect((await rotate(c)).exitCode).toBe(0);
      }
      expect(c.twilio.keys(c.account.sid).map((k) => k.sid)).not.toContain(twin?.sid);
      expectWorkingPairs(expect, c, 'at the end');
    }),
  );
});
