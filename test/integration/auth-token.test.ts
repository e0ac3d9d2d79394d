// rotate-auth-token on the bundled action: secondary -> secrets -> check -> promote, and every failure
// before promotion leaves the old token working and no secondary behind.
import { describe, expect, it } from 'vitest';
import { leaks, runStep } from '../harness/action.js';
import type { ScopeRef } from '../emulator/github/index.js';
import { errorOf, useRotateTargets, warningsOf } from '../harness/rotate.js';

const { emu, repo, env, inputs, envSecretPath } = useRotateTargets('octo/tokens', {
  'rotate-auth-token': 'true',
});
const { twilio, github, account } = emu;

/** Status of an authenticated read with Account SID + token. */
async function statusWith(token: string): Promise<{ status: number; code: unknown }> {
  const res = await fetch(`${twilio.url}/v1/Keys?AccountSid=${account.sid}&PageSize=1`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${account.sid}:${token}`).toString('base64') },
  });
  const body = (await res.json()) as { code?: unknown };
  return { status: res.status, code: body.code };
}

const tokenSecret = (scope: ScopeRef) => github.secret(scope, 'TWILIO_AUTH_TOKEN')?.plaintext;

/** The token was rotated: a new primary, no secondary left, and both secrets hold the new one. */
function expectRotated(): void {
  const { primary, secondary } = twilio.authToken(account.sid);
  expect(primary).not.toBe(account.authToken);
  expect(secondary).toBeUndefined();
  expect(tokenSecret(repo())).toBe(primary);
  expect(tokenSecret(env())).toBe(primary);
}

/** The state every failure before promotion must leave: old token primary and working, no secondary. */
async function expectOldTokenIntact(): Promise<void> {
  expect(twilio.authToken(account.sid)).toEqual({ primary: account.authToken, secondary: undefined });
  expect((await statusWith(account.authToken)).status).toBe(200);
}

describe('rotate-auth-token', () => {
  it('writes the new token to every target, promotes it, and the old one is refused', async () => {
    const old = account.authToken;
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode, step.stdout + step.stderr).toBe(0);

    // Order of the dance: secondary, check with the secondary (Account SID + token), promote.
    const calls = twilio.requests
      .filter((r) => r.path.startsWith('/v1/AuthTokens') || (r.path === '/v1/Keys' && r.method === 'GET'))
      .filter((r) => r.query.AccountSid === account.sid || r.authUser === account.sid)
      .map((r) => `${r.method} ${r.path}`);
    expect(calls.slice(-3)).toEqual([
      'POST /v1/AuthTokens/Secondary',
      'GET /v1/Keys',
      'POST /v1/AuthTokens/Promote',
    ]);

    const { primary, secondary } = twilio.authToken(account.sid);
    expect(primary).not.toBe(old);
    expect(secondary).toBeUndefined();
    expect(tokenSecret(repo())).toBe(primary);
    expect(tokenSecret(env())).toBe(primary);
    expect(await statusWith(primary)).toEqual({ status: 200, code: undefined });
    expect(await statusWith(old)).toEqual({ status: 401, code: 20003 });

    // The key rotation happened too, with the old token, before the promotion.
    expect(github.secret(repo(), 'TWILIO_API_KEY')?.plaintext).toBe(step.outputs['api-key-sid']);
    // secrets-written names every secret the run wrote, the Auth Token included.
    const written = JSON.parse(step.outputs['secrets-written'] ?? '[]') as string[];
    expect(written).toHaveLength(8);
    expect(written.filter((w) => w.endsWith('/TWILIO_AUTH_TOKEN'))).toHaveLength(2);
    // Masked before any other use, and never in state or summary.
    expect(leaks(step, primary)).toEqual([]);
    expect(step.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toContain(primary);
    expect(step.summary).toMatch(/invalidated at once/);
  });

  it('a failed AUTH_TOKEN write puts the old token back, deletes the secondary, keeps the old token working', async () => {
    github.faults.add({
      method: 'PUT',
      path: envSecretPath('TWILIO_AUTH_TOKEN'),
      kind: 'status',
      status: 403,
    });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode).toBe(1);
    expect(errorOf(step)).toMatch(/key rotation succeeded .* but the Auth Token rotation failed/);
    // The key's secrets were written; the Auth Token (put back to the old value) is not listed.
    const written = JSON.parse(step.outputs['secrets-written'] ?? '[]') as string[];
    expect(written).toHaveLength(6);
    expect(written.filter((w) => w.endsWith('/TWILIO_AUTH_TOKEN'))).toEqual([]);
    expect(errorOf(step)).toMatch(/current Auth Token still works/);
    await expectOldTokenIntact();
    // The repository got the secondary first, then the current token back; the environment never got one.
    expect(tokenSecret(repo())).toBe(account.authToken);
    expect(tokenSecret(env())).toBeUndefined();
    expect(
      twilio.requests.some(
        (r) => r.method === 'DELETE' && r.path === '/v1/AuthTokens/Secondary' && r.status === 204,
      ),
    ).toBe(true);
  });

  it('an AUTH_TOKEN write whose answers are all lost but which landed counts as written: the token is rotated', async () => {
    github.faults.add({ method: 'PUT', path: envSecretPath('TWILIO_AUTH_TOKEN'), kind: 'lost-response' });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode, step.stdout).toBe(0);
    expectRotated();
    expect(warningsOf(step)).toEqual([
      expect.stringMatching(/TWILIO_AUTH_TOKEN .*no answer.*landed all the same/),
    ]);
  });

  it('a refused promotion rolls back the same way', async () => {
    twilio.faults.add({
      method: 'POST',
      path: '/v1/AuthTokens/Promote',
      kind: 'status',
      status: 400,
      code: 20001,
    });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode).toBe(1);
    expect(errorOf(step)).toMatch(/Promotion failed/);
    await expectOldTokenIntact();
    expect(tokenSecret(repo())).toBe(account.authToken);
    expect(tokenSecret(env())).toBe(account.authToken);
  });

  it('a lost answer to the promotion: the old token is refused, so it took effect', async () => {
    twilio.faults.add({ method: 'POST', path: '/v1/AuthTokens/Promote', nth: 1, kind: 'lost-response' });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode, step.stdout).toBe(0);
    expectRotated();
    expect(step.stdout).toMatch(/promotion took effect/);
  });

  it('a lost answer to the secondary create deletes whatever secondary it made', async () => {
    twilio.faults.add({ method: 'POST', path: '/v1/AuthTokens/Secondary', nth: 1, kind: 'lost-response' });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode).toBe(1);
    await expectOldTokenIntact();
    expect(tokenSecret(repo())).toBeUndefined();
  });

  it('needs the Auth Token as the admin credential, and says so before any request', async () => {
    const key = twilio.addKey({ accountSid: account.sid, type: 'main' });
    const before = twilio.requests.length;
    const step = await runStep('main', {
      inputs: inputs({ 'auth-token': '', 'api-key': key.sid, 'api-secret': key.secret }),
    });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/rotate-auth-token/);
    expect(twilio.requests.length).toBe(before);
  });
});
