// dry-run is a read-only preflight: it proves against both accounts what the real run needs, and changes
// nothing in either. On the bundled action against the emulators.
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob, type StepResult } from '../harness/action.js';
import { READ_ONLY_TOKEN as READ_ONLY, useEmulators, WRITE_TOKEN as TOKEN } from '../harness/emulators.js';

const ENV_NAME = 'e2e';
const PROBE = `/v1/Keys/SK${'0'.repeat(32)}`;

beforeAll(async () => {
  await sodium.ready;
});
const emu = useEmulators({ github: { per: 'test', repositories: { 'octo/app': [ENV_NAME] } } });
const { twilio, github, account } = emu;

const inputs = (extra: Record<string, string> = {}) =>
  emu.inputsWithGitHub({
    permissions: 'messaging',
    secrets: `repository\nenvironment:${ENV_NAME}`,
    'dry-run': 'true',
    ...extra,
  });

const errorOf = (r: StepResult) =>
  r.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');

/** Runs main + post as a job and checks that neither emulator changed. */
async function dryJob(extra: Record<string, string> = {}) {
  const twilioSince = twilio.requests.length;
  const githubSince = github.requests.length;
  const keysBefore = twilio.keys(account.sid).map((k) => k.sid);
  const secretsBefore = github.secrets();
  const job = await runJob({ inputs: inputs(extra) });
  const twilioWrites = twilio.requests
    .slice(twilioSince)
    .filter((r) => r.method !== 'GET' && !(r.method === 'DELETE' && r.path === PROBE));
  expect(twilioWrites).toEqual([]);
  expect(github.requests.slice(githubSince).filter((r) => r.method !== 'GET')).toEqual([]);
  expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual(keysBefore);
  expect(github.secrets()).toEqual(secretsBefore);
  expect(job.post.stdout).toContain('Nothing to clean up');
  expect(job.main.commands.filter((c) => c.command === 'warning')).toEqual([]);
  return job;
}

describe('dry-run preflight (ephemeral)', () => {
  it('passes for a good setup: the plan, one line per check, a checklist in the summary', async () => {
    const { main } = await dryJob();
    expect(main.exitCode, errorOf(main)).toBe(0);
    expect(main.stdout).toContain(`Dry run: would create a restricted key`);
    expect(main.stdout).toContain(
      'Would write TWILIO_ACCOUNT_SID, TWILIO_API_KEY, TWILIO_API_SECRET to repository:octo/app',
    );
    expect(main.stdout).toContain(`✓ Twilio: the admin credential may list the keys of ${account.sid}`);
    expect(main.stdout).toContain('✓ GitHub: repository:octo/app exists and its public key can be read');
    expect(main.stdout).toContain(`✓ GitHub: environment:octo/app:${ENV_NAME} holds none of`);
    expect(main.summary).toContain('✅ Twilio: the admin credential may list the keys');
    expect(main.summary).not.toContain('❌');
    // Each target's public key and its list of secret names were read.
    expect(github.requests.filter((r) => r.path.endsWith('/public-key'))).toHaveLength(2);
    expect(github.requests.filter((r) => r.path.endsWith('/secrets')).map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/repos/octo/app/actions/secrets',
        `/repos/octo/app/environments/${ENV_NAME}/secrets`,
      ]),
    );
  });

  it('fails for a wrong Auth Token, leading with the likely cause', async () => {
    const { main } = await dryJob({ 'auth-token': 'f'.repeat(32) });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toContain('20003');
    expect(errorOf(main)).toMatch(/Most likely account-sid and the Auth Token/);
    expect(main.stdout).toContain('✗ Twilio: the admin credential may list the keys');
    expect(main.summary).toContain('❌ Twilio');
  });

  it("fails for a read-only GitHub token with the real run's message", async () => {
    const { main } = await dryJob({ 'github-token': READ_ONLY });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toContain('403');
    expect(errorOf(main)).toMatch(/Secrets: write/);
    expect(main.stdout).toContain('✗ GitHub: repository:octo/app exists and its public key can be read');
  });

  it('fails for a missing environment', async () => {
    const { main } = await dryJob({ secrets: 'repository\nenvironment:staging' });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toMatch(/environment "staging" does not exist/);
    expect(main.stdout).toContain('✓ GitHub: repository:octo/app exists');
    expect(main.stdout).toContain('✗ GitHub: environment:octo/app:staging exists');
  });

  it('fails for an existing secret, naming it', async () => {
    const { keyId, key } = github.publicKey({ repository: 'octo/app' });
    const sealed = sodium.to_base64(
      sodium.crypto_box_seal('mine', sodium.from_base64(key, sodium.base64_variants.ORIGINAL)),
      sodium.base64_variants.ORIGINAL,
    );
    const res = await fetch(`${github.url}/repos/octo/app/actions/secrets/TWILIO_ACCOUNT_SID`, {
      method: 'PUT',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ encrypted_value: sealed, key_id: keyId }),
    });
    expect(res.status).toBe(201);
    const { main } = await dryJob();
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toContain('repository:octo/app/TWILIO_ACCOUNT_SID');
    expect(errorOf(main)).toContain('secret-prefix');
    expect(github.secret({ repository: 'octo/app' }, 'TWILIO_ACCOUNT_SID')?.plaintext).toBe('mine');
  });

  it('an admin API key: the delete probe passes with /delete and fails without', async () => {
    const full = twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/create', '/twilio/iam/api-keys/list', '/twilio/iam/api-keys/delete'],
    });
    const ok = await dryJob({ 'auth-token': '', 'api-key': full.sid, 'api-secret': full.secret });
    expect(ok.main.exitCode, errorOf(ok.main)).toBe(0);
    expect(ok.main.stdout).toContain('✓ Twilio: the admin API key may delete keys');

    const noDelete = twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/create', '/twilio/iam/api-keys/list'],
    });
    const refused = await dryJob({
      'auth-token': '',
      'api-key': noDelete.sid,
      'api-secret': noDelete.secret,
    });
    expect(refused.main.exitCode).toBe(1);
    expect(errorOf(refused.main)).toContain('/twilio/iam/api-keys/delete');
    expect(refused.main.stdout).toContain('✗ Twilio: the admin API key may delete keys');
  });
});

describe('dry-run preflight (rotate)', () => {
  it('passes for a good setup with a checklist, and changes nothing', async () => {
    const since = github.requests.length;
    const twilioSince = twilio.requests.length;
    const { main } = await runJob({
      inputs: inputs({ mode: 'rotate', 'friendly-name': 'billing', secrets: 'repository' }),
    });
    expect(main.exitCode, errorOf(main)).toBe(0);
    expect(main.stdout).toContain('✓ GitHub: repository:octo/app exists and its public key can be read');
    expect(main.summary).toContain(
      '✅ GitHub: every existing target secret was written while a key of this lineage existed',
    );
    expect(github.requests.slice(since).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(twilio.requests.slice(twilioSince).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(twilio.keys(account.sid)).toEqual([]);
    expect(main.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });

  it('refuses a foreign secret as the real run would, and changes nothing', async () => {
    const { keyId, key } = github.publicKey({ repository: 'octo/app' });
    const sealed = sodium.to_base64(
      sodium.crypto_box_seal('SKforeign', sodium.from_base64(key, sodium.base64_variants.ORIGINAL)),
      sodium.base64_variants.ORIGINAL,
    );
    await fetch(`${github.url}/repos/octo/app/actions/secrets/TWILIO_API_KEY`, {
      method: 'PUT',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ encrypted_value: sealed, key_id: keyId }),
    });
    const since = github.requests.length;
    const { main } = await runJob({
      inputs: inputs({ mode: 'rotate', 'friendly-name': 'billing', secrets: 'repository' }),
    });
    expect(main.exitCode).toBe(1);
    expect(errorOf(main)).toContain('overwrite-secrets');
    expect(github.requests.slice(since).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(twilio.keys(account.sid)).toEqual([]);
  });
});
