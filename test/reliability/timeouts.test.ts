// The client timeout knob (TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS, read by src/inputs.ts) bounds every
// request the action makes: a server that never answers costs that long per attempt, on both sides.
import { describe, it } from 'vitest';
import { runStep } from '../harness/action.js';
import { CLIENT_TIMEOUT_MS, startCell, STEP_ENV, TOKEN, type Cell } from './support.js';

const inputs = (c: Cell) => ({
  'account-sid': c.account.sid,
  'auth-token': c.account.authToken,
  permissions: 'messaging',
  'twilio-api-url': c.twilio.url,
  secrets: 'repository',
  'github-token': TOKEN,
  'github-api-url': c.github.url,
});

/** One hung attempt, then a healthy one: the timeout, one backoff (< 1 s), start-up and slack. */
const BUDGET_MS = CLIENT_TIMEOUT_MS + 8_000;

describe.concurrent('client timeout', () => {
  it('a Twilio request that never answers costs the client timeout, then the call is retried', async ({
    expect,
  }) => {
    const c = await startCell();
    try {
      c.twilio.faults.add({ method: 'GET', path: '/v1/Keys', nth: 1, kind: 'hang' });
      c.twilio.faults.add({ method: 'POST', path: '/v1/Keys', nth: 1, kind: 'lost-response' });
      const main = await runStep('main', { inputs: inputs(c), env: STEP_ENV, timeoutMs: BUDGET_MS + 5_000 });
      expect(main.exitCode, main.stdout).toBe(0);
      expect(main.stdout).toContain(`timed out after ${CLIENT_TIMEOUT_MS} ms`);
      expect(main.durationMs).toBeLessThan(BUDGET_MS);
      await runStep('post', { inputs: inputs(c), env: STEP_ENV, state: main.state });
    } finally {
      await c.close();
    }
  });

  it('a GitHub request that never answers costs the client timeout, then the call is retried', async ({
    expect,
  }) => {
    const c = await startCell();
    try {
      c.github.faults.add({ method: 'GET', path: /\/public-key$/, nth: 1, kind: 'hang' });
      // Killed well before the GitHub client's own 20 s default would end the hung attempt.
      const main = await runStep('main', { inputs: inputs(c), env: STEP_ENV, timeoutMs: BUDGET_MS + 5_000 });
      await runStep('post', { inputs: inputs(c), env: STEP_ENV, state: main.state });
      expect(
        main.signal,
        `still waiting on the hung GitHub request after ${BUDGET_MS + 5_000} ms: GitHub requests ignore the knob`,
      ).toBeNull();
      expect(main.exitCode, main.stdout).toBe(0);
      expect(main.durationMs).toBeLessThan(BUDGET_MS);
    } finally {
      await c.close();
    }
  });

  it('a malformed knob is reported once, before any request', async ({ expect }) => {
    const c = await startCell();
    try {
      const main = await runStep('main', {
        inputs: inputs(c),
        env: { TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: '2s' },
      });
      expect(main.exitCode).toBe(1);
      const errors = main.commands.filter((x) => x.command === 'error').map((x) => x.message);
      expect(errors.filter((e) => e.includes('TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS'))).toHaveLength(1);
      expect(c.twilio.requests.length + c.github.requests.length).toBe(0);
    } finally {
      await c.close();
    }
  });
});
