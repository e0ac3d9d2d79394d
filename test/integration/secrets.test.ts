// Delivery into GitHub repository, environment and organization secrets, on the bundled action.
import { describe, expect, it } from 'vitest';
import { leaks, runJob, runStep, type StepResult } from '../harness/action.js';
import { READ_ONLY_TOKEN as READ_ONLY, useEmulators } from '../harness/emulators.js';
import { releaseWhenAllHeld } from '../emulator/faults.js';

const ENV_NAME = 'prod / eu #1';

// A fresh GitHub per test, so one test's leftovers cannot pass or fail another.
const repositories = { 'octo/app': [ENV_NAME], 'octo/api': [], 'octo/web': [] };
const emu = useEmulators({ github: { per: 'test', organizations: ['octo'], repositories } });
const { twilio, github, account } = emu;

const inputs = (extra: Record<string, string> = {}) =>
  emu.inputsWithGitHub({ permissions: 'messaging', 'export-env': 'false', ...extra });

const NAMES = ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'];
const scopes = {
  repository: { repository: 'octo/app' },
  environment: { repository: 'octo/app', environment: ENV_NAME },
  organization: { organization: 'octo' },
};

function expectSecretsHold(
  main: StepResult,
  scope: (typeof scopes)[keyof typeof scopes],
  prefix = 'TWILIO_',
) {
  expect(github.secret(scope, `${prefix}ACCOUNT_SID`)?.plaintext).toBe(account.sid);
  expect(github.secret(scope, `${prefix}API_KEY`)?.plaintext).toBe(main.outputs['api-key-sid']);
  expect(github.secret(scope, `${prefix}API_SECRET`)?.plaintext).toBe(main.outputs['api-key-secret']);
}

function errorOf(result: StepResult): string {
  return result.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

describe('secrets delivery', () => {
  it('repository, URL-encoded environment and organization (selected) secrets decrypt to the minted key; post removes them and the key', async () => {
    const all = inputs({
      secrets: `repository\nenvironment:${ENV_NAME}\norganization:octo visibility=selected repositories=api,web`,
    });
    const main = await runStep('main', { inputs: all });
    expect(main.exitCode, main.stdout + errorOf(main)).toBe(0);
    for (const scope of Object.values(scopes)) expectSecretsHold(main, scope);
    const org = github.secret(scopes.organization, 'TWILIO_API_KEY');
    expect(org?.visibility).toBe('selected');
    expect(org?.selectedRepositoryIds).toHaveLength(2);
    expect(JSON.parse(main.outputs['secrets-written'] ?? '[]')).toEqual(
      [
        ...NAMES.map((n) => `repository:octo/app/${n}`),
        ...NAMES.map((n) => `environment:octo/app:${ENV_NAME}/${n}`),
        ...NAMES.map((n) => `organization:octo/${n}`),
      ].sort(),
    );
    expect(github.requests.some((r) => r.path.includes(encodeURIComponent(ENV_NAME)))).toBe(true);
    expect(leaks(main, main.outputs['api-key-secret'] ?? '')).toEqual([]);
    expect(main.files.state).not.toContain(main.outputs['api-key-secret']);

    const post = await runStep('post', { inputs: all, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(github.secrets()).toEqual([]);
    expect(twilio.keys(account.sid)).toHaveLength(0);
  });

  it('fetches the public key while the key is being minted, not after', async () => {
    // Both are held until both have arrived: they are in flight together however slow the machine. An
    // action that minted first and fetched after never gets both held, and fails.
    const holds = [
      { faults: twilio.faults, id: twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'delay' }) },
      {
        faults: github.faults,
        id: github.faults.add({ method: 'GET', path: /\/public-key$/, kind: 'delay' }),
      },
    ];
    const since = performance.now();
    const [{ main }] = await Promise.all([
      runJob({ inputs: inputs({ secrets: 'repository' }) }),
      releaseWhenAllHeld(holds),
    ]);
    expect(main.exitCode).toBe(0);
    const create = twilio.requests.find(
      (r) => r.method === 'POST' && r.path === '/v1/Keys' && r.startedAt >= since,
    );
    const publicKey = github.requests.find((r) => r.path.endsWith('/public-key') && r.startedAt >= since);
    expect(create && publicKey).toBeTruthy();
    // The two requests overlap in time.
    expect(publicKey!.startedAt).toBeLessThan(create!.endedAt!);
    expect(create!.startedAt).toBeLessThan(publicKey!.endedAt!);
    // The PUTs start only after both.
    const puts = github.requests.filter((r) => r.method === 'PUT' && r.startedAt >= since);
    expect(puts).toHaveLength(3);
    for (const put of puts) expect(put.startedAt).toBeGreaterThanOrEqual(create!.endedAt!);
  });

  it('the workflow GITHUB_TOKEN (read-only) gets a clear error; post deletes the minted key', async () => {
    const { main, post } = await runJob({
      inputs: inputs({ secrets: 'repository', 'github-token': READ_ONLY }),
    });
    expect(main.exitCode).toBe(1);
    const error = errorOf(main);
    expect(error).toContain('GITHUB_TOKEN');
    expect(error).toMatch(/Secrets: write/);
    expect(error).toContain('403');
    expect(post.exitCode).toBe(0);
    expect(twilio.keys(account.sid)).toHaveLength(0);
    expect(github.secrets()).toEqual([]);
    expect(leaks(main, main.outputs['api-key-secret'] ?? 'x')).toEqual([]);
  });

  it('a missing environment is explained; nothing is left behind', async () => {
    const { main } = await runJob({ inputs: inputs({ secrets: 'repository\nenvironment:staging' }) });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toMatch(/environment.*staging/i);
    expect(errorOf(main)).toMatch(/create it|must exist/i);
    expect(twilio.keys(account.sid)).toHaveLength(0);
    expect(github.secrets()).toEqual([]);
  });

  it('a secondary rate limit is waited out and the run succeeds', async () => {
    github.secondaryRateLimit({ times: 2, retryAfter: 1 });
    const { main, post } = await runJob({ inputs: inputs({ secrets: 'repository' }) });
    expect(main.exitCode, errorOf(main)).toBe(0);
    expect(main.commands.some((c) => c.command === 'warning' && /rate limit/i.test(c.message))).toBe(true);
    expect(github.requests.filter((r) => r.status === 403).length).toBeGreaterThanOrEqual(1);
    expect(post.exitCode).toBe(0);
    expect(github.secrets()).toEqual([]);
  });

  it('a failing PUT fails the step; post deletes what was written and the key', async () => {
    github.faults.add({ method: 'PUT', path: /TWILIO_API_SECRET$/, kind: 'status', status: 422 });
    const main = await runStep('main', { inputs: inputs({ secrets: 'repository' }) });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toContain('422');
    expect(github.secrets().length).toBeGreaterThan(0);
    const post = await runStep('post', { inputs: inputs({ secrets: 'repository' }), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(github.secrets()).toEqual([]);
    expect(twilio.keys(account.sid)).toHaveLength(0);
  });

  it('post deletes the key and secrets when main was interrupted (SIGINT) while the secrets were being written', async () => {
    // The PUTs are held in GitHub, so main dies while one surely is in flight.
    const puts = github.faults.add({ method: 'PUT', kind: 'delay' });
    const main = await runStep('main', {
      inputs: inputs({ secrets: 'repository' }),
      interrupt: { after: github.faults.held(puts) },
    });
    expect(main.signal).toBe('SIGINT');
    expect(main.state['key-sid']).toMatch(/^SK/);
    // The held PUTs land now, after main died (release lets them commit before the emulator does
    // anything else, so before post's first request).
    github.faults.release(puts);
    const post = await runStep('post', { inputs: inputs({ secrets: 'repository' }), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(twilio.keys(account.sid)).toHaveLength(0);
    expect(github.secrets()).toEqual([]);
  });

  it('a custom secret-prefix names the secrets', async () => {
    const { main } = await runJob({
      inputs: inputs({ secrets: 'repository', 'secret-prefix': 'STAGING_TWILIO_' }),
    });
    expect(main.exitCode).toBe(0);
    expect(JSON.parse(main.outputs['secrets-written'] ?? '[]')).toContain(
      'repository:octo/app/STAGING_TWILIO_API_SECRET',
    );
  });
});
