// Core lifecycle on the bundled action: mint in main, use, delete in post.
import { describe, expect, it } from 'vitest';
import { parsePermissions } from '../../src/policy.js';
import { leaks, runJob, runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';

const { twilio, account } = useEmulators();

const inputs = (extra: Record<string, string> = {}) => ({
  'account-sid': account.sid,
  'auth-token': account.authToken,
  permissions: 'messaging, /twilio/lookup/phone-numbers/read',
  'twilio-api-url': twilio.url,
  ...extra,
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const liveKeys = () => twilio.keys(account.sid);
const requestsFor = (sid: string) =>
  twilio.requests.filter(
    (r) => r.form.AccountSid === sid || r.query.AccountSid === sid || r.path.includes(sid),
  );

describe('ephemeral key lifecycle', () => {
  it('mints a key with exactly the expanded policy, hands it out, and deletes it in post', async () => {
    const main = await runStep('main', { inputs: inputs() });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);

    const keys = liveKeys();
    expect(keys).toHaveLength(1);
    const [key] = keys;
    const expected = parsePermissions('messaging, /twilio/lookup/phone-numbers/read').value;
    expect(key?.type).toBe('restricted');
    expect(key?.policy).toEqual(expected);
    expect(key?.friendlyName).toMatch(/^gha:eph:12345678901\.1\.[0-9a-f]{6}:octo\/app:build$/);

    expect(main.outputs['api-key-sid']).toBe(key?.sid);
    expect(main.outputs['api-key-secret']).toBe(key?.secret);
    expect(main.outputs['account-sid']).toBe(account.sid);
    expect(main.outputs['credential-type']).toBe('restricted-key');
    expect(main.outputs['friendly-name']).toBe(key?.friendlyName);
    expect(main.env).toEqual({
      TWILIO_ACCOUNT_SID: account.sid,
      TWILIO_API_KEY: key?.sid,
      TWILIO_API_SECRET: key?.secret,
    });
    expect(main.summary).toContain(key?.sid);
    expect(main.summary).toContain('/twilio/messaging/messages/create');

    // The minted key works for what it was made for.
    const send = await fetch(`${twilio.url}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
      method: 'POST',
      headers: {
        Authorization: 'Basic ' + Buffer.from(`${key?.sid}:${key?.secret}`).toString('base64'),
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: '+15558675310', From: '+15017122661', Body: 'hi' }),
    });
    expect(send.status).toBe(201);

    const post = await runStep('post', { inputs: inputs(), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Deleted key ${key?.sid}`);
    expect(liveKeys()).toHaveLength(0);
  });

  it('masks the secret before anything else uses it, and keeps it out of state and summary', async () => {
    const { main, post } = await runJob({ inputs: inputs() });
    const secret = main.outputs['api-key-secret'] ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9]{32}$/);
    const maskAt = main.stdout.indexOf(`::add-mask::${secret}`);
    expect(maskAt).toBeGreaterThanOrEqual(0);
    // The admin inputs are masked first; the key's secret is the next command.
    const afterInputs = main.commands.filter((c) => c.message !== account.authToken);
    expect(afterInputs[0]).toEqual({ command: 'add-mask', properties: {}, message: secret });
    expect(leaks(main, secret)).toEqual([]);
    expect(leaks(post, secret)).toEqual([]);
    // State holds SIDs and names only.
    expect(Object.keys(main.state).sort()).toEqual([
      'account-sid',
      'admin-credential',
      'create-sent-at',
      'create-timeout-ms',
      'key-friendly-name',
      'key-sid',
      'twilio-api-url',
    ]);
    expect(main.state['admin-credential']).toBe('auth-token');
    expect(main.state['key-sid']).toMatch(/^SK[0-9a-f]{32}$/);
  });

  it('export-env: false keeps the key out of the environment', async () => {
    const { main } = await runJob({ inputs: inputs({ 'export-env': 'false' }) });
    expect(main.exitCode).toBe(0);
    expect(main.env).toEqual({});
    expect(main.outputs['api-key-sid']).toMatch(/^SK/);
    expect(liveKeys()).toHaveLength(0);
  });

  it('standard key: no policy', async () => {
    const main = await runStep('main', { inputs: inputs({ permissions: '', 'key-type': 'standard' }) });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(liveKeys().map((k) => [k.type, k.policy])).toEqual([['standard', undefined]]);
    expect(main.outputs['credential-type']).toBe('standard-key');
    await runStep('post', { inputs: inputs(), state: main.state });
    expect(liveKeys()).toHaveLength(0);
  });

  it('skip-key-delete leaves the key alive', async () => {
    const { main, post } = await runJob({ inputs: inputs({ 'skip-key-delete': 'true' }) });
    expect(main.exitCode).toBe(0);
    expect(post.stdout).toContain('skip-key-delete');
    expect(liveKeys().map((k) => k.sid)).toEqual([main.outputs['api-key-sid']]);
  });

  it('post deletes the key when main failed after minting', async () => {
    // The runner's env file cannot be written: main fails after the key exists.
    const main = await runStep('main', { inputs: inputs(), env: { GITHUB_ENV: '/nonexistent/dir/env' } });
    expect(main.exitCode).toBe(1);
    expect(liveKeys()).toHaveLength(1);
    expect(main.state['key-sid']).toBe(liveKeys()[0]?.sid);
    const post = await runStep('post', { inputs: inputs(), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(liveKeys()).toHaveLength(0);
  });

  it('post finds and deletes a key whose create answer main never saw (SIGINT while the request was in flight)', async () => {
    twilio.latencyMs = 1500;
    const createArrived = waitFor(() =>
      twilio.requests.some(
        (r) => r.method === 'POST' && r.path === '/v1/Keys' && r.form.AccountSid === account.sid,
      ),
    );
    const main = await runStep('main', { inputs: inputs(), interrupt: { after: createArrived } });
    expect(main.signal).toBe('SIGINT');
    expect(main.state['key-sid']).toBeUndefined();
    expect(main.state['key-friendly-name']).toMatch(/^gha:eph:/);
    await waitFor(() => liveKeys().length > 0); // the emulator finishes the create meanwhile
    twilio.latencyMs = 0;
    expect(liveKeys()).toHaveLength(1);
    const post = await runStep('post', { inputs: inputs(), state: main.state });
    expect(post.stdout).toContain('Deleted key');
    expect(liveKeys()).toHaveLength(0);
  });

  it('a lost create answer leaves no twin: the unknown key is found by name and deleted', async () => {
    twilio.faults.add({ method: 'POST', path: '/v1/Keys', nth: 1, kind: 'lost-response' });
    const { main } = await runJob({ inputs: inputs() });
    expect(main.exitCode, main.stdout).toBe(0);
    const creates = twilio.requests.filter(
      (r) => r.method === 'POST' && r.path === '/v1/Keys' && r.form.AccountSid === account.sid,
    );
    expect(creates).toHaveLength(2);
    expect(main.stdout).toContain('whose secret was lost');
    expect(liveKeys()).toHaveLength(0);
  });

  it('post treats an already deleted key as done, and never fails the job over cleanup', async () => {
    const main = await runStep('main', { inputs: inputs() });
    const sid = main.outputs['api-key-sid'] ?? '';
    await fetch(`${twilio.url}/v1/Keys/${sid}`, {
      method: 'DELETE',
      headers: {
        Authorization: 'Basic ' + Buffer.from(`${account.sid}:${account.authToken}`).toString('base64'),
      },
    });
    const gone = await runStep('post', { inputs: inputs(), state: main.state });
    expect(gone.exitCode).toBe(0);
    expect(gone.stdout).toContain('already gone');
    expect(gone.commands.filter((c) => c.command === 'warning')).toEqual([]);

    const main2 = await runStep('main', { inputs: inputs() });
    twilio.faults.add({ method: 'DELETE', path: /\/v1\/Keys\//, kind: 'status', status: 503 });
    const failing = await runStep('post', { inputs: inputs(), state: main2.state });
    expect(failing.exitCode).toBe(0);
    const warning = failing.commands.find((c) => c.command === 'warning');
    expect(warning?.message).toContain(main2.outputs['api-key-sid']);
    expect(warning?.message).toContain('mode: sweep');
    expect(warning?.message).toMatch(/20500|503/);
    const deletes = twilio.requests.filter(
      (r) => r.method === 'DELETE' && r.path.includes(main2.outputs['api-key-sid'] ?? '-'),
    );
    expect(deletes).toHaveLength(4); // bounded retries
    twilio.faults.clear();
  });

  it('dry-run makes read requests only and mints nothing', async () => {
    const before = requestsFor(account.sid).length;
    const keysBefore = liveKeys().length;
    const { main, post } = await runJob({ inputs: inputs({ 'dry-run': 'true' }) });
    expect(main.exitCode).toBe(0);
    expect(main.stdout).toContain('Dry run');
    expect(post.stdout).toContain('Nothing to clean up');
    const made = requestsFor(account.sid).slice(before);
    expect(made.map((r) => r.method)).toEqual(['GET']);
    expect(liveKeys()).toHaveLength(keysBefore);
  });
});

describe('admin credentials that may not manage keys', () => {
  it('a Standard key gets the 20003 explanation', async () => {
    const standard = twilio.addKey({ accountSid: account.sid, type: 'standard' });
    const main = await runStep('main', {
      inputs: inputs({ 'auth-token': '', 'api-key': standard.sid, 'api-secret': standard.secret }),
    });
    expect(main.exitCode).toBe(1);
    const error = main.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toContain('20003');
    expect(error).toContain('Standard keys never can');
    expect(error).toContain('/twilio/iam/api-keys/create');
    expect(liveKeys().filter((k) => k.type === 'restricted')).toHaveLength(0);
  });

  it('a restricted admin key without the IAM permission gets it too; with it, works', async () => {
    const weak = twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
    });
    const refused = await runStep('main', {
      inputs: inputs({ 'auth-token': '', 'api-key': weak.sid, 'api-secret': weak.secret }),
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.commands.find((c) => c.command === 'error')?.message).toMatch(/20003|70051/);

    const admin = twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/create', '/twilio/iam/api-keys/list', '/twilio/iam/api-keys/delete'],
    });
    const adminInputs = inputs({ 'auth-token': '', 'api-key': admin.sid, 'api-secret': admin.secret });
    const { main, post } = await runJob({ inputs: adminInputs });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(post.stdout).toContain('Deleted key');
    expect(
      liveKeys()
        .map((k) => k.sid)
        .sort(),
    ).toEqual([weak.sid, admin.sid].sort());
  });
});
