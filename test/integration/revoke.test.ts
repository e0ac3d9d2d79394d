// mode: revoke on the bundled action: the multi-job pattern (skip-key-delete, then revoke), idempotent.
import { describe, expect, it } from 'vitest';
import { runStep } from '../harness/action.js';
import type { ScopeRef } from '../emulator/github/index.js';
import { useEmulators } from '../harness/emulators.js';

const TOKEN = 'ghp_revoke_writer';
const NAMES = ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'];

const emu = useEmulators({
  github: {
    tokens: { [TOKEN]: 'write' },
    repositoryPerTest: { prefix: 'octo/revoke', environments: ['ci'] },
  },
});
const { twilio, github, account } = emu;

const envScope = (): ScopeRef => ({ repository: emu.repoName, environment: 'ci' });
const common = () => ({
  'account-sid': account.sid,
  'auth-token': account.authToken,
  secrets: `environment:${emu.repoName}:ci`,
  'github-token': TOKEN,
  'github-api-url': github.url,
  'twilio-api-url': twilio.url,
});

/** Job 1 of the multi-job pattern: a key that outlives the job, in an environment secret. */
async function mintKeptKey(): Promise<string> {
  const job1 = await runStep('main', {
    inputs: { ...common(), permissions: 'messaging', 'skip-key-delete': 'true' },
  });
  expect(job1.exitCode, job1.stdout + job1.stderr).toBe(0);
  const post = await runStep('post', {
    inputs: { ...common(), permissions: 'messaging', 'skip-key-delete': 'true' },
    state: job1.state,
  });
  expect(post.exitCode).toBe(0);
  const sid = job1.outputs['api-key-sid'] as string;
  expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([sid]);
  for (const name of NAMES) expect(github.secret(envScope(), name)).toBeDefined();
  return sid;
}

describe('revoke', () => {
  it('deletes the key and its secrets; running it twice succeeds', async () => {
    const sid = await mintKeptKey();
    const revoke = () => runStep('main', { inputs: { ...common(), mode: 'revoke', 'key-sid': sid } });

    const first = await revoke();
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(twilio.keys(account.sid)).toEqual([]);
    for (const name of NAMES) expect(github.secret(envScope(), name)).toBeUndefined();
    expect(JSON.parse(first.outputs['deleted-keys'] ?? '')).toEqual([sid]);
    expect(first.stdout).toContain(`Deleted key ${sid}`);
    expect(first.summary).toContain(sid);

    const second = await revoke();
    expect(second.exitCode, second.stdout).toBe(0);
    expect(JSON.parse(second.outputs['deleted-keys'] ?? '')).toEqual([]);
    expect(second.stdout).toContain(`Key ${sid} was already gone`);
    expect(second.stdout).toContain('TWILIO_API_SECRET was already gone');
    expect(second.commands.filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);
  });

  it('without secrets, deletes only the key, and needs no permissions or github-token', async () => {
    const { sid } = twilio.addKey({ accountSid: account.sid, type: 'standard', friendlyName: 'kept' });
    const step = await runStep('main', {
      inputs: {
        'account-sid': account.sid,
        'auth-token': account.authToken,
        'twilio-api-url': twilio.url,
        mode: 'revoke',
        'key-sid': sid,
      },
    });
    expect(step.exitCode, step.stdout).toBe(0);
    expect(twilio.keys(account.sid)).toEqual([]);
  });

  it('fails the step when the key cannot be deleted (not 404), after deleting the secrets', async () => {
    const sid = await mintKeptKey();
    twilio.faults.add({
      method: 'DELETE',
      path: `/v1/Keys/${sid}`,
      kind: 'status',
      status: 403,
      code: 20003,
    });
    const step = await runStep('main', { inputs: { ...common(), mode: 'revoke', 'key-sid': sid } });
    expect(step.exitCode).toBe(1);
    const error = step.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toContain(`Key ${sid} was not deleted and still works`);
    expect(error).toContain('20003');
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([sid]);
    for (const name of NAMES) expect(github.secret(envScope(), name)).toBeUndefined();
    expect(step.outputs['deleted-keys']).toBe('[]');
  });

  it('fails the step when a secret cannot be deleted, after deleting the key', async () => {
    const sid = await mintKeptKey();
    github.faults.add({
      method: 'DELETE',
      path: `/repos/${emu.repoName}/environments/ci/secrets/TWILIO_API_SECRET`,
      kind: 'status',
      status: 403,
    });
    const step = await runStep('main', { inputs: { ...common(), mode: 'revoke', 'key-sid': sid } });
    expect(step.exitCode).toBe(1);
    expect(twilio.keys(account.sid)).toEqual([]);
    expect(step.commands.find((c) => c.command === 'error')?.message).toMatch(
      /Could not delete secret TWILIO_API_SECRET/,
    );
  });

  it('dry run deletes nothing', async () => {
    const sid = await mintKeptKey();
    const before = twilio.requests.length;
    const step = await runStep('main', {
      inputs: { ...common(), mode: 'revoke', 'key-sid': sid, 'dry-run': 'true' },
    });
    expect(step.exitCode, step.stdout).toBe(0);
    expect(step.stdout).toContain(`would delete key ${sid}`);
    expect(twilio.requests.length).toBe(before);
    expect(twilio.keys(account.sid)).toHaveLength(1);
    for (const name of NAMES) expect(github.secret(envScope(), name)).toBeDefined();
  });
});
