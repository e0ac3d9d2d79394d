// Pure pieces of the hardening: control characters, log escaping, URL credentials, loopback hosts,
// pull-request code detection, the post step's target, and the package's runtime dependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsPullRequestCode } from '../../src/context.js';
import { createDeadline, postTarget, tolerantTimeout } from '../../src/post-target.js';
import { STATE } from '../../src/names/state.js';
import { hasControlCharacter, isLoopbackHost, shown, withoutUrlCredentials } from '../../src/validators.js';
import { ROOT } from '../harness/action.js';

const SID = 'AC' + 'a'.repeat(32);
const KEY = 'SK' + 'b'.repeat(32);

describe('control characters', () => {
  it.each(['a\nb', 'a\rb', 'a\tb', 'a\u001bb', 'a\u0085b', 'a\u2028b', 'a\u007fb', 'a\u0000b'])(
    'refuses %j in a one-line input',
    (v) => expect(hasControlCharacter(v)).toBe(true),
  );
  it('lets list inputs keep their line breaks and tabs, not other controls', () => {
    expect(hasControlCharacter('messaging\r\nvoice\tx', true)).toBe(false);
    expect(hasControlCharacter('messaging\n\u001b[31m', true)).toBe(true);
    expect(hasControlCharacter('plain name-1 é')).toBe(false);
  });
  it('escapes controls so a value stays on its log line', () => {
    expect(shown('a\n::stop-commands::x\r')).toBe('a\\u000a::stop-commands::x\\u000d');
    expect(shown('ok')).toBe('ok');
  });
});

describe('URLs', () => {
  it('strips user:password from every URL in a message', () => {
    expect(withoutUrlCredentials("bad 'https://u:p@h.example/x' and http://tok@127.0.0.1:1")).toBe(
      "bad 'https://h.example/x' and http://127.0.0.1:1",
    );
  });
  it.each([
    ['127.0.0.1', true],
    ['127.255.3.4', true],
    ['[::1]', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['10.0.0.1', false],
    ['localhost.example.com', false],
    ['[::2]', false],
  ])('%s is loopback: %s', (host, yes) => expect(isLoopbackHost(host)).toBe(yes));
});

describe('pull-request code', () => {
  const payload = (p: unknown) => () => p;
  it.each([
    ['pull_request', undefined, true],
    ['pull_request_review_comment', undefined, true],
    ['workflow_run', { workflow_run: { event: 'pull_request' } }, true],
    ['workflow_run', { workflow_run: { event: 'push' } }, false],
    ['workflow_run', { workflow_run: {} }, true],
    ['workflow_run', undefined, true],
    ['issue_comment', { issue: { pull_request: {} } }, true],
    ['issue_comment', { issue: { pull_request: null } }, false],
    ['issue_comment', { issue: {} }, false],
    ['issue_comment', 'garbage', true],
    ['push', undefined, false],
    ['merge_group', undefined, false],
  ])('%s %j -> %s', (event, body, expected) =>
    expect(runsPullRequestCode(event, payload(body))).toBe(expected),
  );
  it('reads no payload for events that do not need one', () => {
    let read = false;
    runsPullRequestCode('push', () => (read = true));
    expect(read).toBe(false);
  });
});

describe('post target', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('takes the account SID and admin key SID from state, not from inputs', () => {
    const target = postTarget(
      from({
        [STATE.accountSid]: SID,
        [STATE.adminCredential]: KEY,
        [STATE.twilioApiUrl]: 'http://127.0.0.1:9',
      }),
      from({ 'account-sid': 'AC' + 'c'.repeat(32), 'api-key': 'SK' + 'd'.repeat(32), 'api-secret': 's' }),
      {},
    );
    expect(target).toMatchObject({
      ok: true,
      twilio: {
        accountSid: SID,
        credential: { kind: 'api-key', username: KEY, password: 's' },
        apiUrl: 'http://127.0.0.1:9',
        timeoutMs: 30_000,
      },
    });
  });
  it('says which credential is missing', () => {
    const target = postTarget(
      from({ [STATE.accountSid]: SID, [STATE.adminCredential]: 'auth-token' }),
      from({}),
      {},
    );
    expect(target.ok).toBe(false);
    if (!target.ok) expect(target.problem).toContain('auth-token');
  });
  it('a timeout variable it cannot parse is the default and a warning', () => {
    expect(tolerantTimeout({ TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: 'x' })).toMatchObject({ timeoutMs: 30_000 });
    expect(tolerantTimeout({ TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: 'x' }).warning).toContain('30000 ms');
    expect(tolerantTimeout({ TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: '2500' })).toEqual({ timeoutMs: 2500 });
  });
  it('waits for a create until its own timeout after it was sent, bounded from now', () => {
    const state = from({ [STATE.createSentAt]: '1000', [STATE.createTimeoutMs]: '30000' });
    expect(createDeadline(state, 5_000)).toBe(31_000);
    expect(createDeadline(state, -100_000)).toBe(-70_000); // a clock that jumped back
    expect(createDeadline(from({}), 5_000)).toBeUndefined();
  });
});

describe('package', () => {
  it('ships no runtime dependency the bundle does not load', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).filter((d) => d.startsWith('@actions/'))).toEqual([]);
    expect(pkg.devDependencies['@actions/core']).toBeDefined();
  });
});

describe('runner', () => {
  it('never prints user:password@ of a URL, in any kind of message', async () => {
    const { createRunner } = await import('../../src/runner.js');
    const out: string[] = [];
    const runner = createRunner({}, (t) => out.push(t));
    const message = 'GET https://bob:hunter2@ghe.example.com/api failed';
    runner.info(message);
    runner.warning(message);
    runner.error(message);
    runner.debug(message);
    runner.notice(message);
    runner.fail(message);
    process.exitCode = 0;
    expect(out).toHaveLength(6);
    expect(out.join('')).not.toContain('hunter2');
    expect(out.join('')).toContain('https://ghe.example.com/api');
  });
});

describe('the multi-job example keeps the admin credential away from the code', () => {
  interface Step {
    uses?: string;
    with?: Record<string, unknown>;
    env?: Record<string, unknown>;
    run?: string;
  }
  interface Job {
    if?: string;
    needs?: string | string[];
    steps: Step[];
  }
  it('mints with skip-key-delete and a restricted admin key, runs the code without it, revokes always', async () => {
    const { parse } = await import('yaml');
    const wf = parse(readFileSync(join(ROOT, 'docs/examples/multi-job.yml'), 'utf8')) as {
      jobs: Record<string, Job>;
    };
    const ours = (job: Job) => job.steps.filter((s) => s.uses?.includes('configure-twilio-credentials'));
    const jobs = Object.entries(wf.jobs);
    const mint = jobs.find(([, j]) => ours(j).some((s) => s.with?.['skip-key-delete'] === true));
    const revoke = jobs.find(([, j]) => ours(j).some((s) => s.with?.mode === 'revoke'));
    const code = jobs.filter(([, j]) => ours(j).length === 0);
    expect(mint && revoke && code.length).toBeTruthy();
    expect(revoke?.[1].if).toMatch(/always\(\)/);
    for (const job of [mint?.[1], revoke?.[1]]) {
      const step = ours(job as Job)[0];
      expect(step?.with?.['api-key']).toBeDefined();
      expect(step?.with?.['auth-token']).toBeUndefined();
    }
    for (const [, job] of code) {
      const text = JSON.stringify(job);
      expect(text).not.toMatch(/AUTH_TOKEN|KEY_ADMIN|github-token|SECRETS_APP/);
    }
  });
});
