// Findings of an adversarial review, each reproduced on the bundled action as the runner runs it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaks, runJob, runStep, type StepResult } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';

const TOKEN = 'github_pat_hardening_writer';
const emu = useEmulators({
  testAccount: true,
  github: { tokens: { [TOKEN]: 'write' }, repositoryPerTest: { prefix: 'octo/hard' } },
});
const { twilio, github, account, testAccount } = emu;

const inputs = (extra: Record<string, string> = {}) => ({
  'account-sid': account.sid,
  'auth-token': account.authToken,
  permissions: 'messaging',
  'test-account-sid': testAccount.sid,
  'test-auth-token': testAccount.authToken,
  'twilio-api-url': twilio.url,
  ...extra,
});
const repoEnv = () => ({ GITHUB_REPOSITORY: emu.repoName, GITHUB_REPOSITORY_OWNER: 'octo' });
const liveKeys = () => twilio.keys(account.sid);
const requestsFor = (sid: string) =>
  twilio.requests.filter(
    (r) => r.form.AccountSid === sid || r.query.AccountSid === sid || r.path.includes(sid),
  );
const errors = (step: StepResult) => step.commands.filter((c) => c.command === 'error').map((c) => c.message);
const warnings = (step: StepResult) =>
  step.commands.filter((c) => c.command === 'warning').map((c) => c.message);
/** Lines the runner would read as workflow commands (it trims leading white space). */
const commandLines = (step: StepResult) =>
  step.stdout.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith('::'));

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ctc-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe('1. workflow-command injection', () => {
  const injected = 'app\n::stop-commands::x\r::warning::y';

  it('a friendly-name with a line break is an input error before any request (ephemeral)', async () => {
    const main = await runStep('main', { inputs: inputs({ 'friendly-name': injected }) });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toContain("Input 'friendly-name': contains a control character");
    expect(requestsFor(account.sid)).toHaveLength(0);
    expect(commandLines(main).some((l) => l.includes('stop-commands'))).toBe(false);
  });

  it('a rotate lineage with a line break is an input error before any request', async () => {
    const main = await runStep('main', {
      inputs: inputs({
        mode: 'rotate',
        'friendly-name': injected,
        secrets: 'repository',
        'github-token': TOKEN,
        'github-api-url': github.url,
      }),
      env: repoEnv(),
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toContain("Input 'friendly-name': contains a control character");
    expect(requestsFor(account.sid)).toHaveLength(0);
    expect(github.requests.filter((r) => r.path.includes(emu.repoName))).toHaveLength(0);
  });

  it('a key name from Twilio with a line break is escaped in the log (sweep)', async () => {
    const old = new Date(Date.now() - 48 * 3_600_000);
    twilio.addKey({
      accountSid: account.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
      friendlyName: 'gha:eph:1.1.abcdef:x\n::stop-commands::zz',
      createdAt: old,
    });
    const main = await runStep('main', { inputs: inputs({ mode: 'sweep', permissions: '' }) });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(liveKeys()).toHaveLength(0);
    expect(main.stdout).toContain('\\u000a::stop-commands::zz');
    expect(commandLines(main).some((l) => l.includes('stop-commands'))).toBe(false);
  });

  it('ephemeral masks the Access Token before printing the (user-controlled) key name', async () => {
    const main = await runStep('main', {
      inputs: inputs({
        permissions: '',
        'key-type': 'standard',
        'access-token-identity': 'alice',
        'access-token-grants': 'video room=standup',
        'friendly-name': 'app',
      }),
    });
    expect(main.exitCode, main.stdout).toBe(0);
    const token = main.outputs['access-token'] ?? '';
    expect(token).not.toBe('');
    const lines = main.stdout.split('\n');
    const masked = lines.indexOf(`::add-mask::${token}`);
    const named = lines.findIndex((l) => l.includes("('gha:eph:"));
    expect(masked).toBeGreaterThanOrEqual(0);
    expect(named).toBeGreaterThan(masked);
    await runStep('post', { inputs: inputs(), state: main.state });
  });
});

describe('2. events that run pull-request code get test credentials', () => {
  const cases: [string, unknown, boolean][] = [
    ['workflow_run', { workflow_run: { event: 'pull_request', head_repository: { fork: true } } }, true],
    ['workflow_run', { workflow_run: { event: 'pull_request_target' } }, true],
    ['workflow_run', { workflow_run: { event: 'push' } }, false],
    ['issue_comment', { action: 'created', issue: { number: 7, pull_request: { url: 'x' } } }, true],
    ['issue_comment', { action: 'created', issue: { number: 8 } }, false],
    ['pull_request_review', { action: 'submitted', pull_request: { number: 7 } }, true],
    ['merge_group', { action: 'checks_requested' }, false],
  ];
  it.each(cases)('%s %j: pull-request code = %s', async (event, payload, pr) => {
    const { main, post } = await runJob({
      inputs: inputs(),
      env: { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFile(payload) },
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(post.exitCode).toBe(0);
    if (pr) {
      expect(main.outputs['credential-type']).toBe('test-credentials');
      expect(main.env.TWILIO_ACCOUNT_SID).toBe(testAccount.sid);
      expect(requestsFor(account.sid)).toHaveLength(0);
    } else {
      expect(main.outputs['credential-type']).toBe('restricted-key');
      expect(liveKeys()).toHaveLength(0); // post deleted it
    }
  });

  it('a workflow_run whose payload cannot be read counts as pull-request code', async () => {
    const main = await runStep('main', {
      inputs: inputs(),
      env: { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: '/nonexistent/event.json' },
    });
    expect(main.outputs['credential-type']).toBe('test-credentials');
    expect(requestsFor(account.sid)).toHaveLength(0);
  });
});

describe('3. live credentials as test credentials', () => {
  it.each([
    ['test-auth-token', () => ({ 'test-auth-token': account.authToken })],
    ['test-account-sid', () => ({ 'test-account-sid': account.sid })],
  ])('%s equal to the live one is an input error on a pull request', async (name, extra) => {
    const main = await runStep('main', {
      inputs: inputs(extra()),
      env: { GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toContain(`Input '${name}': equals`);
    expect(main.env).toEqual({});
    expect(main.outputs).toEqual({});
    expect(leaks(main, account.authToken)).toEqual([]);
  });
});

describe('4. cleartext credentials', () => {
  it.each(['twilio-api-url', 'github-api-url'])(
    '%s: http:// off loopback is an input error',
    async (name) => {
      const main = await runStep('main', {
        inputs: inputs({
          [name]: 'http://twilio.example.invalid',
          ...(name === 'github-api-url' && { secrets: 'repository', 'github-token': TOKEN }),
        }),
        env: repoEnv(),
      });
      expect(main.exitCode).toBe(1);
      expect(errors(main).join('\n')).toMatch(new RegExp(`Input '${name}'.*use https://`));
      expect(requestsFor(account.sid)).toHaveLength(0);
    },
  );

  it('http://localhost and http://127.0.0.1 stay allowed (emulators)', async () => {
    const url = twilio.url.replace('127.0.0.1', 'localhost');
    const { main } = await runJob({ inputs: inputs({ 'twilio-api-url': url }) });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(liveKeys()).toHaveLength(0);
  });

  it('a URL with user:password is refused and never echoed', async () => {
    const secret = 'hunter2hunter2';
    const main = await runStep('main', {
      inputs: inputs({
        'github-api-url': `https://bob:${secret}@github.example.com/api`,
        secrets: 'repository',
        'github-token': TOKEN,
        'twilio-api-url': `http://alice:${secret}@127.0.0.1:1`,
      }),
      env: repoEnv(),
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main).filter((e) => e.includes('must not carry credentials'))).toHaveLength(2);
    expect(main.stdout).not.toContain(secret);
    expect(main.stdout).not.toContain('alice');
  });
});

describe('5. job keys that mint keys', () => {
  it('/twilio/iam/* in an ephemeral key is an input error that says why', async () => {
    const main = await runStep('main', {
      inputs: inputs({ permissions: 'messaging, /twilio/iam/api-keys/create' }),
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toMatch(/Input 'permissions': \/twilio\/iam\/api-keys\/create .*sweep/);
    expect(requestsFor(account.sid)).toHaveLength(0);
  });

  it('rotate may hold them, and says so in the summary', async () => {
    const main = await runStep('main', {
      inputs: inputs({
        mode: 'rotate',
        'friendly-name': 'admin',
        permissions: '/twilio/iam/api-keys/create, /twilio/iam/api-keys/delete',
        secrets: 'repository',
        'github-token': TOKEN,
        'github-api-url': github.url,
      }),
      env: repoEnv(),
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.summary).toContain('Manages keys');
    expect(main.summary).toContain('/twilio/iam/api-keys/create');
  });
});

describe('6. the post step deletes the key whatever later steps did', () => {
  it('a broken TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS (GITHUB_ENV) falls back with a warning', async () => {
    const main = await runStep('main', { inputs: inputs() });
    expect(liveKeys()).toHaveLength(1);
    const post = await runStep('post', {
      inputs: inputs(),
      state: main.state,
      env: { TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: 'x' },
    });
    expect(post.exitCode).toBe(0);
    expect(warnings(post).join('\n')).toContain('TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS');
    expect(liveKeys()).toHaveLength(0);
  });

  it('inputs unrelated to deletion, and account-sid, evaluated differently in post cannot stop it', async () => {
    const main = await runStep('main', { inputs: inputs() });
    expect(main.state['account-sid']).toBe(account.sid);
    const other = twilio.addAccount();
    const post = await runStep('post', {
      inputs: inputs({ 'account-sid': other.sid, permissions: '/not/a/permission', mode: 'bogus' }),
      state: main.state,
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Deleted key ${main.outputs['api-key-sid']}`);
    expect(liveKeys()).toHaveLength(0);
  });

  it('state holds SIDs and names, never a secret', async () => {
    const main = await runStep('main', { inputs: inputs() });
    expect(main.files.state).not.toContain(account.authToken);
    expect(main.files.state).not.toContain(main.outputs['api-key-secret']);
    await runStep('post', { inputs: inputs(), state: main.state });
  });
});

describe('7. a create that lands after a cancel', () => {
  it('post keeps looking until the create timeout has passed, and deletes the late key', async () => {
    const hold = twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'delay', times: 1 });
    const sent = waitFor(() =>
      twilio.requests.some(
        (r) => r.method === 'POST' && r.path === '/v1/Keys' && r.form.AccountSid === account.sid,
      ),
    );
    const env = { TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: '20000' };
    const main = await runStep('main', { inputs: inputs(), env, interrupt: { after: sent } });
    expect(main.signal).toBe('SIGINT');
    expect(main.state['key-sid']).toBeUndefined();
    const lists = () => requestsFor(account.sid).filter((r) => r.method === 'GET' && r.path === '/v1/Keys');
    const listsBefore = lists().length;
    const posting = runStep('post', { inputs: inputs(), state: main.state, env });
    // The post step has looked once and found nothing; now the create commits.
    await waitFor(() => lists().length > listsBefore && lists().every((r) => r.status !== 0));
    expect(liveKeys()).toHaveLength(0);
    twilio.faults.release(hold);
    await waitFor(() => liveKeys().length === 1);
    const post = await posting;
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Deleted key');
    expect(liveKeys()).toHaveLength(0);
    expect(warnings(post)).toEqual([]);
    expect(main.state['create-sent-at']).toMatch(/^\d+$/);
  });

  it('a create refused with a 4xx leaves nothing to warn about', async () => {
    const { main, post } = await runJob({ inputs: inputs({ 'auth-token': 'f'.repeat(32) }) });
    expect(main.exitCode).toBe(1);
    expect(post.exitCode).toBe(0);
    expect(warnings(post)).toEqual([]);
    expect(post.stdout).toContain('refused');
    expect(main.state['create-outcome']).toBe('refused');
  });
});

describe('8. skip-key-delete and a failed step', () => {
  it('main deletes the key itself before failing', async () => {
    github.faults.add({ method: 'PUT', path: /TWILIO_API_SECRET$/, kind: 'status', status: 422 });
    const all = inputs({
      'skip-key-delete': 'true',
      secrets: 'repository',
      'github-token': TOKEN,
      'github-api-url': github.url,
    });
    const main = await runStep('main', { inputs: all, env: repoEnv() });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toContain('was deleted (skip-key-delete is set');
    expect(liveKeys()).toHaveLength(0);
    const post = await runStep('post', { inputs: all, state: main.state, env: repoEnv() });
    expect(post.exitCode).toBe(0);
    expect(github.secrets().filter((s) => s.scopeLabel.includes(emu.repoName))).toEqual([]);
  });
});

describe('10. hygiene', () => {
  it('main and post mask every admin input before printing anything else', async () => {
    const apiSecretInputs = { 'github-token': TOKEN };
    const { main, post } = await runJob({ inputs: inputs(apiSecretInputs) });
    for (const step of [main, post]) {
      const first = step.stdout.split('\n').slice(0, 3);
      expect(first).toEqual([
        `::add-mask::${account.authToken}`,
        `::add-mask::${TOKEN}`,
        `::add-mask::${testAccount.authToken}`,
      ]);
    }
  });

  it.each(['.', '..'])("environment name '%s' is an input error", async (name) => {
    const main = await runStep('main', {
      inputs: inputs({ secrets: `environment:${name}`, 'github-token': TOKEN, 'github-api-url': github.url }),
      env: repoEnv(),
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toContain(`environment name '${name}'`);
    expect(requestsFor(account.sid)).toHaveLength(0);
  });
});
