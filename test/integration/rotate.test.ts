// mode: rotate on the bundled action, against both emulators: lineage keys, secrets, grace period,
// failures that must leave the previous state intact.
import { describe, expect, it } from 'vitest';
import { leaks, runStep, type StepResult } from '../harness/action.js';
import type { ScopeRef } from '../emulator/github/index.js';
import { errorOf, useRotateTargets, warningsOf } from '../harness/rotate.js';

const H = 3_600_000;

// Every test: back to the wall clock (tests move it), a repository of its own.
const { emu, repo, env, inputs, envSecretPath } = useRotateTargets('octo/app', { 'grace-period': '1h' });
const { twilio, github, account } = emu;
const LINEAGE = 'gha:rot:billing';

const lineageKeys = () => twilio.keys(account.sid).filter((k) => k.friendlyName === LINEAGE);
const plain = (scope: ScopeRef, name: string) => github.secret(scope, name)?.plaintext;
const pair = (scope: ScopeRef) => ({
  accountSid: plain(scope, 'TWILIO_ACCOUNT_SID'),
  sid: plain(scope, 'TWILIO_API_KEY'),
  secret: plain(scope, 'TWILIO_API_SECRET'),
});

/** Sends a message with the pair a target holds: the secrets are not just consistent, they work. */
async function works(scope: ScopeRef): Promise<boolean> {
  const { sid, secret } = pair(scope);
  const res = await fetch(`${twilio.url}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${sid}:${secret}`).toString('base64'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ To: '+15558675310', From: '+15017122661', Body: 'rotation check' }),
  });
  return res.status === 201;
}

async function rotate(extra: Record<string, string> = {}): Promise<StepResult> {
  return runStep('main', { inputs: inputs(extra) });
}

function expectHoldsNewest(step: StepResult, sid: string): void {
  const key = twilio.keys(account.sid).find((k) => k.sid === sid);
  expect(key, 'the new key exists').toBeDefined();
  for (const scope of [repo(), env()]) {
    expect(pair(scope)).toEqual({ accountSid: account.sid, sid, secret: key?.secret });
  }
  expect(step.outputs['api-key-sid']).toBe(sid);
  expect(leaks(step, key?.secret ?? '')).toEqual([]);
}

describe('rotate', () => {
  it('three rotations in a row (one failing in the middle): secrets hold the newest key, only keys within grace remain', async () => {
    // 1st rotation: a new lineage.
    const r1 = await rotate();
    expect(r1.exitCode, r1.stdout + r1.stderr).toBe(0);
    const k1 = r1.outputs['api-key-sid'] as string;
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1]);
    expectHoldsNewest(r1, k1);
    expect(JSON.parse(r1.outputs['deleted-keys'] ?? '')).toEqual([]);
    expect(JSON.parse(r1.outputs['secrets-written'] ?? '')).toHaveLength(6);
    expect(r1.outputs['credential-type']).toBe('restricted-key');
    expect(r1.outputs['friendly-name']).toBe(LINEAGE);
    expect(await works(repo())).toBe(true);

    twilio.clock.advance(2 * H);

    // 2nd rotation fails: the environment refuses the new key SID.
    github.faults.add({
      method: 'PUT',
      path: envSecretPath('TWILIO_API_KEY'),
      kind: 'status',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const failed = await rotate();
    expect(failed.exitCode).toBe(1);
    const error = errorOf(failed);
    expect(error).toMatch(/Rotation failed; nothing was rotated/);
    expect(error).toMatch(/set back to the key it held/);
    expect(error).toMatch(/was deleted/);
    // Previous state intact: the same single key, every target still holds it and it works.
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1]);
    expectHoldsNewest(r1, k1);
    expect(await works(repo())).toBe(true);
    expect(await works(env())).toBe(true);
    // The repository got the new SID before the environment failed, and then the old one back.
    const putsToRepoKey = github.requests.filter(
      (r) => r.method === 'PUT' && r.path === `/repos/${emu.repoName}/actions/secrets/TWILIO_API_KEY`,
    );
    expect(putsToRepoKey).toHaveLength(3); // rotation 1, rotation 2, restore
    // No API_SECRET was written in the failed rotation: only rotation 1's two.
    expect(
      github.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/TWILIO_API_SECRET')),
    ).toHaveLength(2);
    github.faults.clear();

    // 2nd rotation, again: k1 survives (its successor is 0 s old).
    const r2 = await rotate();
    expect(r2.exitCode, r2.stdout).toBe(0);
    const k2 = r2.outputs['api-key-sid'] as string;
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1, k2]);
    expectHoldsNewest(r2, k2);
    expect(JSON.parse(r2.outputs['deleted-keys'] ?? '')).toEqual([]);

    // Within grace, nothing goes even on another rotation... 30 minutes later.
    twilio.clock.advance(H / 2);
    const r3 = await rotate();
    expect(r3.exitCode, r3.stdout).toBe(0);
    const k3 = r3.outputs['api-key-sid'] as string;
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1, k2, k3]); // k2 is only 30 min old: k1 stays
    expectHoldsNewest(r3, k3);

    // ... and 2 hours later, k1 (successor k2 2.5 h old) and k2 (successor k3 2 h old) go.
    twilio.clock.advance(2 * H);
    const r4 = await rotate();
    expect(r4.exitCode, r4.stdout).toBe(0);
    const k4 = r4.outputs['api-key-sid'] as string;
    expect(JSON.parse(r4.outputs['deleted-keys'] ?? '').sort()).toEqual([k1, k2].sort());
    expect(lineageKeys().map((k) => k.sid)).toEqual([k3, k4]);
    expectHoldsNewest(r4, k4);
    expect(await works(env())).toBe(true);
    expect(r4.summary).toContain(k4);
    expect(r4.summary).toContain(k1);
  });

  it('never touches keys outside the lineage', async () => {
    const other = emu.addAgedKey('gha:rot:billing-eu', 100);
    const untagged = emu.addAgedKey('billing', 100);
    const old = emu.addAgedKey(LINEAGE, 100);
    const mid = emu.addAgedKey(LINEAGE, 50);
    const r = await rotate();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs['deleted-keys'] ?? '')).toEqual([old.sid]);
    const left = twilio.keys(account.sid).map((k) => k.sid);
    expect(left).toEqual(
      expect.arrayContaining([other.sid, untagged.sid, mid.sid, r.outputs['api-key-sid']]),
    );
    expect(left).not.toContain(old.sid);
  });

  it('a public key it cannot read stops the rotation before any write, and deletes the new key', async () => {
    const r1 = await rotate();
    expect(r1.exitCode).toBe(0);
    const k1 = r1.outputs['api-key-sid'];
    const writesBefore = github.requests.filter((r) => r.method === 'PUT').length;
    github.faults.add({ method: 'GET', path: envSecretPath('public-key'), kind: 'status', status: 403 });
    const r2 = await rotate();
    expect(r2.exitCode).toBe(1);
    expect(errorOf(r2)).toMatch(/Rotation stopped before any secret was written/);
    expect(github.requests.filter((r) => r.method === 'PUT').length).toBe(writesBefore);
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1]);
    expect(pair(repo()).sid).toBe(k1);
  });

  it('when only some API_SECRET writes fail: every target keeps a working pair, no key is deleted, the step fails', async () => {
    emu.addAgedKey(LINEAGE, 100);
    const r1 = await rotate();
    expect(r1.exitCode).toBe(0);
    const k1 = r1.outputs['api-key-sid'] as string;
    expect(lineageKeys()).toHaveLength(2);
    twilio.clock.advance(3 * H);

    github.faults.add({
      method: 'PUT',
      path: envSecretPath('TWILIO_API_SECRET'),
      kind: 'status',
      status: 422,
    });
    const r2 = await rotate();
    expect(r2.exitCode).toBe(1);
    const k2 = r2.outputs['api-key-sid'] as string;
    expect(k2).toMatch(/^SK/);
    const error = errorOf(r2);
    expect(error).toMatch(/Rotation incomplete/);
    expect(error).toContain(`repository:${emu.repoName} holds the new key ${k2}`);
    expect(error).toContain(`production kept the key each held before`);
    expect(error).toContain(`set back to the key it held, ${k1}`);
    // Nothing deleted: the old seeded key, k1 and k2 are all alive.
    expect(lineageKeys()).toHaveLength(3);
    expect(JSON.parse(r2.outputs['deleted-keys'] ?? '')).toEqual([]);
    expect(pair(repo()).sid).toBe(k2);
    expect(pair(env()).sid).toBe(k1);
    expect(await works(repo())).toBe(true);
    expect(await works(env())).toBe(true);

    // The next rotation converges.
    github.faults.clear();
    const r3 = await rotate();
    expect(r3.exitCode, r3.stdout).toBe(0);
    expectHoldsNewest(r3, r3.outputs['api-key-sid'] as string);
  });

  it('when every API_SECRET write fails: the SIDs are put back, the new key is deleted, old keys stay', async () => {
    const r1 = await rotate();
    const k1 = r1.outputs['api-key-sid'] as string;
    twilio.clock.advance(3 * H);
    github.faults.add({ method: 'PUT', path: /\/TWILIO_API_SECRET$/, kind: 'status', status: 422 });
    const r2 = await rotate();
    expect(r2.exitCode).toBe(1);
    const error = errorOf(r2);
    expect(error).toMatch(/Rotation failed; nothing was rotated/);
    expect(error).toMatch(/was deleted/);
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1]);
    expectHoldsNewest(r1, k1);
    expect(await works(repo())).toBe(true);
    expect(await works(env())).toBe(true);
    expect(r2.outputs['api-key-sid']).toBeUndefined();
  });

  it('a lost answer to the create deletes the twin, never the lineage keys', async () => {
    const r1 = await rotate();
    const k1 = r1.outputs['api-key-sid'] as string;
    twilio.faults.add({ method: 'POST', path: '/v1/Keys', nth: 1, kind: 'lost-response' });
    const r2 = await rotate();
    expect(r2.exitCode, r2.stdout).toBe(0);
    const k2 = r2.outputs['api-key-sid'] as string;
    // k1 (same friendly name) survived; the twin whose secret was lost is gone.
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1, k2]);
    expectHoldsNewest(r2, k2);
  });

  it('mints under a run-unique ephemeral name: a twin it cannot find again is left for sweep, never as a lineage key', async () => {
    const r1 = await rotate();
    const k1 = r1.outputs['api-key-sid'] as string;
    // Keys made from here on look 25 h old to the runner's clock, so a sweep (max-age 24h) may take them.
    twilio.clock.set(new Date(Date.now() - 25 * H));
    twilio.faults.add({ method: 'POST', path: '/v1/Keys', nth: 1, kind: 'lost-response' });
    twilio.faults.add({
      method: 'GET',
      path: '/v1/Keys',
      nth: 2,
      times: 100,
      kind: 'status',
      status: 403,
      code: 20003,
    });
    const r2 = await rotate();
    expect(r2.exitCode).toBe(1);
    expect(errorOf(r2)).toMatch(/mode: sweep removes it/);
    twilio.faults.clear();
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1]);
    const orphan = twilio.keys(account.sid).find((k) => k.sid !== k1);
    expect(orphan?.friendlyName).toMatch(/^gha:eph:12345678901\.1\.[0-9a-f]{6}:rot:billing$/);
    expectHoldsNewest(r1, k1);

    const sweep = await runStep('main', {
      inputs: {
        'account-sid': account.sid,
        'auth-token': account.authToken,
        mode: 'sweep',
        'twilio-api-url': twilio.url,
      },
      env: { GITHUB_RUN_ID: '99999999999' },
    });
    expect(sweep.exitCode, sweep.stdout).toBe(0);
    expect(JSON.parse(sweep.outputs['deleted-keys'] ?? '')).toEqual([orphan?.sid]);
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([k1]);
  });

  it.each([
    [
      'an API_SECRET write whose answers are all lost but which landed counts as written (GitHub updated_at)',
      'TWILIO_API_SECRET',
    ],
    [
      'an API_KEY write whose answers are all lost but which landed counts as written: the rotation completes',
      'TWILIO_API_KEY',
    ],
  ])('%s', async (_title, name) => {
    const r1 = await rotate();
    const k1 = r1.outputs['api-key-sid'] as string;
    github.faults.add({ method: 'PUT', path: envSecretPath(name), kind: 'lost-response' });
    const r2 = await rotate();
    expect(r2.exitCode, r2.stdout).toBe(0);
    expect(warningsOf(r2)).toEqual([
      expect.stringMatching(new RegExp(`${name} .*no answer.*landed all the same`)),
    ]);
    const k2 = r2.outputs['api-key-sid'] as string;
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1, k2]);
    expectHoldsNewest(r2, k2);
    expect(await works(env())).toBe(true);
  });

  it('an API_KEY write that fails with a 500 (did not land): nothing is put back there, the previous pair works', async () => {
    const r1 = await rotate();
    const k1 = r1.outputs['api-key-sid'] as string;
    const path = envSecretPath('TWILIO_API_KEY');
    // GitHub's updated_at has whole seconds: the old values are from an earlier second than this run's writes.
    for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'])
      github.backdateSecret(env(), name, 60_000);
    github.faults.add({ method: 'PUT', path, kind: 'status', status: 500 });
    const before = github.requests.filter((r) => r.method === 'PUT' && r.path === path).length;
    // Back-dated to before k1 existed, the secrets no longer show that they hold the lineage's key: the
    // explicit opt-in lets the rotation overwrite them (ownership is tested in ownership.test.ts).
    const r2 = await rotate({ 'overwrite-secrets': 'true' });
    expect(r2.exitCode).toBe(1);
    expect(errorOf(r2)).toMatch(/nothing was rotated/);
    // The client's 4 attempts, and no restore: GitHub's updated_at shows the SID never landed.
    expect(github.requests.filter((r) => r.method === 'PUT' && r.path === path).length - before).toBe(4);
    github.faults.clear();
    expect(lineageKeys().map((k) => k.sid)).toEqual([k1]);
    expectHoldsNewest(r1, k1);
    expect(await works(env())).toBe(true);
  });

  it('dry run lists the plan, writes and deletes nothing', async () => {
    const old = emu.addAgedKey(LINEAGE, 10);
    const mid = emu.addAgedKey(LINEAGE, 5);
    const r = await rotate({ 'dry-run': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toContain(`Would then delete ${old.sid}`);
    expect(lineageKeys().map((k) => k.sid)).toEqual([old.sid, mid.sid]);
    expect(github.requests.filter((q) => q.method !== 'GET' && q.path.includes(emu.repoName + '/'))).toEqual(
      [],
    );
    expect(r.outputs['deleted-keys']).toBe('[]');
  });

  it('refuses to rotate with no secrets targets, before any request', async () => {
    const before = twilio.requests.length;
    const r = await rotate({ secrets: '', 'github-token': '' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/rotate needs at least one target/);
    expect(twilio.requests.length).toBe(before);
  });
});
