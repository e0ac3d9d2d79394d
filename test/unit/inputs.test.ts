import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/config.js';
import { INPUT_DEFAULTS } from '../../src/defaults.js';
import { parseInputs, type ParseContext } from '../../src/inputs.js';
import { BAD_INPUTS, KEY, SID, TOKEN, VALID } from '../cases/bad-inputs.js';

const run: RunContext = {
  eventName: 'push',
  repository: 'octo/app',
  runId: '12345678901',
  runAttempt: '1',
  job: 'build',
};
const ctx = (env: Record<string, string> = {}): ParseContext => ({
  run: { ...run, eventName: env.GITHUB_EVENT_NAME ?? 'push' },
  nonce: 'abc123',
  env,
});
// As the runner does: every input arrives, defaults included.
const reader = (inputs: Record<string, string>) => (name: string) =>
  ({ ...INPUT_DEFAULTS, ...inputs })[name]?.trim() ?? '';

const parse = (inputs: Record<string, string>, env?: Record<string, string>) =>
  parseInputs(reader(inputs), ctx(env));

describe('bad inputs', () => {
  it('has at least 40 cases', () => expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40));
  it.each(BAD_INPUTS.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    const result = parse({ ...VALID, ...c.inputs }, c.env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const named = result.errors.filter((e) => e.startsWith(`Input '${c.names}'`));
    expect(named, result.errors.join('\n')).not.toHaveLength(0);
    expect(named.join('\n')).toMatch(c.says);
    for (const e of result.errors) {
      expect(e).not.toContain(TOKEN);
    }
  });
});

describe('valid inputs', () => {
  it('ephemeral: expands presets and tags the name', () => {
    const r = parse(VALID);
    expect(r.ok).toBe(true);
    if (!r.ok || r.config.mode !== 'ephemeral') throw new Error('expected ephemeral');
    expect(r.config.permissions).toContain('/twilio/messaging/messages/create');
    expect(r.config.friendlyName).toBe('gha:eph:12345678901.1.abc123:octo/app:build');
    expect(r.config.twilio.credential).toEqual({ kind: 'auth-token', username: SID, password: TOKEN });
    expect(r.config.exportEnv).toBe(true);
    expect(r.config.skipKeyDelete).toBe(false);
  });

  it('api-key credential uses the key SID as user name', () => {
    const r = parse({ ...VALID, 'auth-token': '', 'api-key': KEY, 'api-secret': TOKEN });
    if (!r.ok || r.config.mode !== 'ephemeral') throw new Error('expected ephemeral');
    expect(r.config.twilio.credential).toEqual({ kind: 'api-key', username: KEY, password: TOKEN });
  });

  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    '%s selects test mode without validating admin credentials',
    (event) => {
      const r = parse(
        {
          'account-sid': '',
          permissions: 'messaging',
          'test-account-sid': SID,
          'test-auth-token': TOKEN,
        },
        { GITHUB_EVENT_NAME: event },
      );
      expect(r.ok && r.config.mode).toBe('test');
    },
  );

  it('pull-request: ephemeral opts in to a real key', () => {
    const r = parse({ ...VALID, 'pull-request': 'ephemeral' }, { GITHUB_EVENT_NAME: 'pull_request' });
    expect(r.ok && r.config.mode === 'ephemeral' && r.config.pullRequestOptIn).toBe(true);
  });

  it('pull-request: skip hands out nothing and needs no test credentials', () => {
    const r = parse({ 'pull-request': 'skip' }, { GITHUB_EVENT_NAME: 'pull_request' });
    expect(r.ok && r.config.mode === 'test' && r.config.credentials).toBe(undefined);
    expect(r.ok).toBe(true);
  });

  it('warns about inputs that have no effect in the chosen mode', () => {
    const r = parse({ ...VALID, 'max-age': '2h' });
    expect(r.ok && r.warnings.join()).toMatch(/'max-age' has no effect in ephemeral mode/);
  });

  it('picks a standard key for Access Tokens when permissions are empty', () => {
    const accessToken = { 'access-token-identity': 'alice', 'access-token-grants': 'video room=r1' };
    const r = parse({ ...VALID, permissions: '', ...accessToken });
    if (!r.ok || r.config.mode !== 'ephemeral') throw new Error(JSON.stringify(r));
    expect(r.config.keyType).toBe('standard');
    expect(r.config.accessToken).toEqual({
      identity: 'alice',
      ttlSeconds: 3600,
      grants: [{ kind: 'video', room: 'r1' }],
    });
  });

  it('rotate and sweep parse their durations', () => {
    const rot = parse({
      ...VALID,
      mode: 'rotate',
      'friendly-name': 'svc',
      'grace-period': '30m',
      secrets: 'repository',
      'github-token': 'ghp_x',
    });
    expect(
      rot.ok && rot.config.mode === 'rotate' && [rot.config.friendlyName, rot.config.gracePeriodMs],
    ).toEqual(['gha:rot:svc', 1_800_000]);
    const sw = parse({ 'account-sid': SID, 'auth-token': TOKEN, mode: 'sweep' });
    expect(sw.ok && sw.config.mode === 'sweep' && sw.config.maxAgeMs).toBe(86_400_000);
  });
});
