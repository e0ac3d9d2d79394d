// Pull-request runs get Twilio test credentials, never a live key.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { leaks, ROOT, runJob, runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';

const exec = promisify(execFile);
const { twilio, account: live, testAccount: test } = useEmulators({ testAccount: true });

const inputs = (extra: Record<string, string> = {}) => ({
  'account-sid': live.sid,
  'auth-token': live.authToken,
  permissions: 'messaging, verify',
  'test-account-sid': test.sid,
  'test-auth-token': test.authToken,
  'twilio-api-url': twilio.url,
  ...extra,
});

async function app(env: Record<string, string>, style: 'auth-token' | 'api-key', ...to: string[]) {
  const { stdout } = await exec(
    process.execPath,
    [`${ROOT}/test/fixtures/app-under-test.mjs`, style, ...to],
    {
      env: { PATH: process.env.PATH ?? '', ...env, EMULATOR_URL: twilio.url },
    },
  );
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { to: string; ok: boolean; code?: number; status?: string });
}

describe('pull_request* events', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    '%s: test credentials exported, zero requests to Twilio',
    async (event) => {
      const before = twilio.requests.length;
      const { main, post } = await runJob({ inputs: inputs(), env: { GITHUB_EVENT_NAME: event } });
      expect(main.exitCode, main.stdout).toBe(0);
      expect(twilio.requests.length).toBe(before);
      expect(main.env).toEqual({
        TWILIO_ACCOUNT_SID: test.sid,
        TWILIO_AUTH_TOKEN: test.authToken,
        TWILIO_API_KEY: test.sid,
        TWILIO_API_SECRET: test.authToken,
      });
      expect(main.outputs['credential-type']).toBe('test-credentials');
      expect(main.outputs['test-from-number']).toBe('+15005550006');
      expect(main.outputs['test-invalid-number']).toBe('+15005550001');
      expect(main.outputs['test-unreachable-number']).toBe('+15005550002');
      expect(main.summary).toContain('+15005550006');
      expect(leaks(main, test.authToken)).toEqual([]);
      expect(leaks(main, live.authToken)).toEqual([]);
      expect(twilio.keys(live.sid)).toHaveLength(0);
      expect(post.stdout).toContain('Nothing to clean up');
    },
  );

  it('the application under test sends with the exported variables and sees the magic outcomes', async () => {
    const { main } = await runJob({ inputs: inputs(), env: { GITHUB_EVENT_NAME: 'pull_request' } });
    const results = await app(main.env, 'auth-token', '+15558675310', '+15005550001', '+15005550002');
    expect(results).toEqual([
      expect.objectContaining({ to: '+15558675310', ok: true, status: 'queued' }),
      { to: '+15005550001', ok: false, code: 21211, status: 400 },
      { to: '+15005550002', ok: false, code: 21612, status: 400 },
    ]);
    const apiKeyStyle = await app(main.env, 'api-key', '+15558675310');
    expect(apiKeyStyle).toEqual([expect.objectContaining({ ok: true })]);
    expect(twilio.messages.filter((m) => m.accountSid === test.sid).length).toBeGreaterThanOrEqual(2);
  });

  it('names (in the log, not as a warning) the requested permissions that test credentials cannot reach', async () => {
    const main = await runStep('main', { inputs: inputs(), env: { GITHUB_EVENT_NAME: 'pull_request' } });
    expect(main.commands.filter((c) => c.command === 'warning')).toEqual([]);
    const line = main.stdout.split('\n').find((l) => l.startsWith('Test credentials reach only')) ?? '';
    expect(line).toContain('/twilio/verify/');
    expect(line).not.toContain('/twilio/messaging/messages/create');
    expect(line).toContain('20008');
  });

  it('pull-request: ephemeral mints a real key on a PR and says so', async () => {
    const { main, post } = await runJob({
      inputs: inputs({ 'pull-request': 'ephemeral' }),
      env: { GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.outputs['credential-type']).toBe('restricted-key');
    expect(main.summary).toContain('pull-request: ephemeral');
    expect(post.stdout).toContain('Deleted key');
    expect(twilio.keys(live.sid)).toHaveLength(0);
  });

  it('missing test credentials (forks, Dependabot): a clear error and nothing minted', async () => {
    const before = twilio.requests.length;
    const main = await runStep('main', {
      inputs: inputs({ 'test-account-sid': '', 'test-auth-token': '', 'account-sid': '', 'auth-token': '' }),
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'dependabot[bot]' },
    });
    expect(main.exitCode).toBe(1);
    const error = main.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toContain('forks and Dependabot');
    expect(error).toContain('pull-request: skip');
    expect(twilio.requests.length).toBe(before);
  });

  it('pull-request: skip hands out nothing, with a notice', async () => {
    const main = await runStep('main', {
      inputs: inputs({ 'pull-request': 'skip', 'test-account-sid': '', 'test-auth-token': '' }),
      env: { GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['credential-type']).toBe('none');
    expect(
      main.commands.some((c) => c.command === 'notice' && c.message.includes('pull-request: skip')),
    ).toBe(true);
    expect(main.env).toEqual({});
  });

  it('mode: test works on any event, and test credentials cannot manage keys', async () => {
    const main = await runStep('main', { inputs: inputs({ mode: 'test' }) });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['credential-type']).toBe('test-credentials');
    const iam = await fetch(`${twilio.url}/v1/Keys?AccountSid=${test.sid}`, {
      headers: { Authorization: 'Basic ' + Buffer.from(`${test.sid}:${test.authToken}`).toString('base64') },
    });
    expect(iam.status).toBe(403);
    expect(((await iam.json()) as { code: number }).code).toBe(20008);
  });
});
