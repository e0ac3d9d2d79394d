// The action never overwrites or deletes a secret it did not create, and never mints a key it cannot
// delete: on the bundled action against the emulators.
import { describe, expect, it } from 'vitest';
import { runJob, runStep, type StepResult } from '../harness/action.js';
import { putSecret } from '../emulator/github/client.js';
import type { ScopeRef } from '../emulator/github/index.js';
import { releaseWhenAllHeld } from '../emulator/faults.js';
import { type GitHubSeed, useEmulators, WRITE_TOKEN as TOKEN } from '../harness/emulators.js';

const ENV_NAME = 'e2e';
const repo: ScopeRef = { repository: 'octo/app' };
const env: ScopeRef = { repository: 'octo/app', environment: ENV_NAME };

const seed: GitHubSeed = { per: 'test', organizations: ['octo'], repositories: { 'octo/app': [ENV_NAME] } };
const emu = useEmulators({ github: seed });
const { twilio, github, account } = emu;

const inputs = (extra: Record<string, string> = {}) =>
  emu.inputsWithGitHub({ permissions: 'messaging', 'export-env': 'false', ...extra });

/** Stores a secret the way a user does in Settings (sealed with the scope's public key). */
async function userSecret(scope: ScopeRef, name: string, value: string): Promise<void> {
  const res = await putSecret(github, TOKEN, scope, name, value);
  expect(res.status).toBe(201);
}

const errorOf = (r: StepResult) =>
  r.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
const warningsOf = (r: StepResult) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message);

describe('ephemeral never overwrites or deletes a secret it did not create', () => {
  it("the README's old setup (admin secrets named TWILIO_*, default prefix): the user's secrets survive main and post, no key is left", async () => {
    await userSecret(repo, 'TWILIO_ACCOUNT_SID', account.sid);
    await userSecret(repo, 'TWILIO_AUTH_TOKEN', account.authToken);
    await userSecret(env, 'TWILIO_API_KEY', 'SK-user-owned');
    const before = {
      sid: github.secret(repo, 'TWILIO_ACCOUNT_SID'),
      token: github.secret(repo, 'TWILIO_AUTH_TOKEN'),
      envKey: github.secret(env, 'TWILIO_API_KEY'),
    };

    const { main, post } = await runJob({
      inputs: inputs({ secrets: `repository\nenvironment:${ENV_NAME}` }),
    });
    expect(main.exitCode).toBe(1);
    const error = errorOf(main);
    expect(error).toContain('repository:octo/app/TWILIO_ACCOUNT_SID');
    expect(error).toContain(`environment:octo/app:${ENV_NAME}/TWILIO_API_KEY`);
    expect(error).toContain('secret-prefix');
    expect(error).toContain('Nothing was written');
    expect(post.exitCode).toBe(0);

    // Untouched: same decrypted values, same updated_at, and nothing else written.
    expect(github.secret(repo, 'TWILIO_ACCOUNT_SID')).toEqual(before.sid);
    expect(github.secret(repo, 'TWILIO_ACCOUNT_SID')?.plaintext).toBe(account.sid);
    expect(github.secret(repo, 'TWILIO_AUTH_TOKEN')?.plaintext).toBe(account.authToken);
    expect(github.secret(repo, 'TWILIO_AUTH_TOKEN')).toEqual(before.token);
    expect(github.secret(env, 'TWILIO_API_KEY')).toEqual(before.envKey);
    expect(github.secret(env, 'TWILIO_API_KEY')?.plaintext).toBe('SK-user-owned');
    expect(github.secrets()).toHaveLength(3);
    expect(github.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE')).toHaveLength(3); // the seeding PUTs
    // The key minted while the secrets were checked did not outlive the step.
    expect(twilio.keys(account.sid)).toEqual([]);
    expect(main.outputs['api-key-secret']).toBeUndefined();
  });

  it('with another prefix the run writes its own secrets and post deletes exactly those', async () => {
    await userSecret(repo, 'TWILIO_ACCOUNT_SID', account.sid);
    await userSecret(repo, 'TWILIO_AUTH_TOKEN', account.authToken);
    await userSecret(env, 'JOB_TWILIO_OTHER', 'kept');
    const all = inputs({ secrets: `repository\nenvironment:${ENV_NAME}`, 'secret-prefix': 'JOB_TWILIO_' });

    const main = await runStep('main', { inputs: all });
    expect(main.exitCode, errorOf(main)).toBe(0);
    expect(github.secret(repo, 'JOB_TWILIO_API_KEY')?.plaintext).toBe(main.outputs['api-key-sid']);
    expect(github.secret(env, 'JOB_TWILIO_API_SECRET')?.plaintext).toBe(main.outputs['api-key-secret']);
    expect(JSON.parse(main.state['secret-targets'] ?? '{}').names).toEqual([
      'JOB_TWILIO_ACCOUNT_SID',
      'JOB_TWILIO_API_KEY',
      'JOB_TWILIO_API_SECRET',
    ]);

    const post = await runStep('post', { inputs: all, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(github.secrets().map((s) => `${s.scopeLabel}/${s.name}`)).toHaveLength(3);
    expect(github.secret(repo, 'TWILIO_ACCOUNT_SID')?.plaintext).toBe(account.sid);
    expect(github.secret(repo, 'TWILIO_AUTH_TOKEN')?.plaintext).toBe(account.authToken);
    expect(github.secret(env, 'JOB_TWILIO_OTHER')?.plaintext).toBe('kept');
    const deletes = github.requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').pop());
    expect(deletes.sort()).toEqual(
      ['JOB_TWILIO_ACCOUNT_SID', 'JOB_TWILIO_API_KEY', 'JOB_TWILIO_API_SECRET'].flatMap((n) => [n, n]).sort(),
    );
    expect(twilio.keys(account.sid)).toEqual([]);
    expect(warningsOf(main)).toEqual([]);
    expect(warningsOf(post)).toEqual([]);
  });

  it('the existence check overlaps the public-key read and the mint: no extra round trip', async () => {
    // Each of the three is held until all three have arrived: they are in flight together however slow
    // the machine, and the times below show it. An action that waited for one before the next never
    // gets them all held, and fails.
    const holds = [
      { faults: twilio.faults, id: twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'delay' }) },
      {
        faults: github.faults,
        id: github.faults.add({ method: 'GET', path: /\/public-key$/, kind: 'delay' }),
      },
      {
        faults: github.faults,
        id: github.faults.add({ method: 'GET', path: '/repos/octo/app/actions/secrets', kind: 'delay' }),
      },
    ];
    const since = performance.now();
    const [{ main }] = await Promise.all([
      runJob({ inputs: inputs({ secrets: 'repository' }) }),
      releaseWhenAllHeld(holds),
    ]);
    expect(main.exitCode, errorOf(main)).toBe(0);
    const create = twilio.requests.find(
      (r) => r.method === 'POST' && r.path === '/v1/Keys' && r.startedAt >= since,
    );
    const mainRequests = github.requests.filter(
      (r) => r.startedAt >= since && r.startedAt < create!.endedAt!,
    );
    const publicKey = mainRequests.find((r) => r.path.endsWith('/public-key'));
    const checks = mainRequests.filter((r) => r.method === 'GET' && !r.path.endsWith('/public-key'));
    expect(publicKey).toBeDefined();
    // One list of the target's secret names (never values).
    expect(checks.map((r) => r.path)).toEqual(['/repos/octo/app/actions/secrets']);
    // Every check is in flight together with the public-key read and with the create: one round trip.
    for (const c of checks) {
      expect(c.startedAt).toBeLessThan(publicKey!.endedAt!);
      expect(publicKey!.startedAt).toBeLessThan(c.endedAt!);
      expect(c.startedAt).toBeLessThan(create!.endedAt!);
      expect(create!.startedAt).toBeLessThan(c.endedAt!);
    }
    // Sequential chain in main: (mint || public key || checks) then the PUTs, as before.
    const puts = github.requests.filter((r) => r.method === 'PUT' && r.startedAt >= since);
    expect(puts).toHaveLength(3);
    for (const put of puts) {
      expect(put.startedAt).toBeGreaterThanOrEqual(create!.endedAt!);
      for (const c of checks) expect(put.startedAt).toBeGreaterThanOrEqual(c.endedAt!);
    }
  });
});

describe('an admin API key that may not delete keys mints nothing', () => {
  it('create + list but no delete: refused before any create, naming the permission', async () => {
    const admin = twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/create', '/twilio/iam/api-keys/list'],
    });
    const since = twilio.requests.length;
    const { main, post } = await runJob({
      inputs: inputs({ 'auth-token': '', 'api-key': admin.sid, 'api-secret': admin.secret }),
    });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toContain('/twilio/iam/api-keys/delete');
    expect(errorOf(main)).toContain('No key was minted');
    expect(twilio.requests.slice(since).filter((r) => r.method === 'POST')).toEqual([]);
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([admin.sid]);
    expect(post.stdout).toContain('Nothing to clean up');
    expect(warningsOf(post)).toEqual([]);
    expect(main.summary).not.toContain('Deleted');
  });

  it('with delete too, the probe answers 404 and the run works', async () => {
    const admin = twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/create', '/twilio/iam/api-keys/list', '/twilio/iam/api-keys/delete'],
    });
    const since = twilio.requests.length;
    const { main, post } = await runJob({
      inputs: inputs({ 'auth-token': '', 'api-key': admin.sid, 'api-secret': admin.secret }),
    });
    expect(main.exitCode, errorOf(main)).toBe(0);
    const probe = twilio.requests.slice(since).find((r) => r.method === 'DELETE');
    expect(probe?.path).toBe(`/v1/Keys/SK${'0'.repeat(32)}`);
    expect(probe?.status).toBe(404);
    expect(post.exitCode).toBe(0);
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([admin.sid]);
  });
});

describe('rotate overwrites only its own lineage', () => {
  const rotate = (extra: Record<string, string> = {}) =>
    inputs({ mode: 'rotate', 'friendly-name': 'billing', secrets: 'repository', ...extra });

  it('refuses a foreign secret, takes it over with overwrite-secrets, then recognises it as its own', async () => {
    await userSecret(repo, 'TWILIO_API_KEY', 'SK-someone-elses');
    const before = github.secret(repo, 'TWILIO_API_KEY');

    const refused = await runStep('main', { inputs: rotate() });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toContain('repository:octo/app/TWILIO_API_KEY');
    expect(errorOf(refused)).toContain('overwrite-secrets: true');
    expect(github.secret(repo, 'TWILIO_API_KEY')).toEqual(before);
    expect(github.secrets()).toHaveLength(1);
    expect(twilio.keys(account.sid)).toEqual([]);
    expect(
      twilio.requests.filter(
        (r) => r.method === 'POST' && r.path === '/v1/Keys' && r.form?.AccountSid === account.sid,
      ),
    ).toEqual([]);

    const adopted = await runStep('main', { inputs: rotate({ 'overwrite-secrets': 'true' }) });
    expect(adopted.exitCode, errorOf(adopted)).toBe(0);
    expect(github.secret(repo, 'TWILIO_API_KEY')?.plaintext).toBe(adopted.outputs['api-key-sid']);

    // The next rotation needs no opt-in: a lineage key existed when the secrets were written.
    const next = await runStep('main', { inputs: rotate() });
    expect(next.exitCode, errorOf(next)).toBe(0);
    expect(github.secret(repo, 'TWILIO_API_KEY')?.plaintext).toBe(next.outputs['api-key-sid']);
    expect(github.secret(repo, 'TWILIO_API_SECRET')?.plaintext).toBe(next.outputs['api-key-secret']);
  });

  it("refuses secrets written before the lineage's first key, even when the lineage exists now", async () => {
    await userSecret(repo, 'TWILIO_ACCOUNT_SID', 'AC-from-another-setup');
    // A key of the lineage made a minute after the secret was last written: it cannot be what the secret holds.
    const lineageKey = twilio.addKey({
      accountSid: account.sid,
      type: 'standard',
      friendlyName: 'gha:rot:billing',
      createdAt: new Date(Date.now() + 60_000),
    });
    const refused = await runStep('main', { inputs: rotate() });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toContain('repository:octo/app/TWILIO_ACCOUNT_SID');
    expect(github.secret(repo, 'TWILIO_ACCOUNT_SID')?.plaintext).toBe('AC-from-another-setup');
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([lineageKey.sid]);
  });
});
