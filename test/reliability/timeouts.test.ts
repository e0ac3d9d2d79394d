// The client timeout knob (TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS, read by src/inputs.ts) bounds every
// request the action makes: a server that never answers costs that long per attempt, on both sides.
import { describe, it } from 'vitest';
import { runStep, type StepResult } from '../harness/action.js';
import { ephemeralInputs, HANG_ENV, HANG_TIMEOUT_MS, inCell, type Cell } from './support.js';

/**
 * Kills a step still running after this long: well below the 30 s default timeout, so a client that ignored
 * the knob would still be waiting on the hung request (a watchdog, not a timing assertion).
 */
const WATCHDOG_MS = 20_000;

/** main with the short client timeout, under the watchdog. */
const hungMain = (c: Cell): Promise<StepResult> =>
  runStep('main', { inputs: ephemeralInputs(c), env: HANG_ENV, timeoutMs: WATCHDOG_MS });

/** post with main's state, so nothing main minted outlives the test. */
const postAfter = (c: Cell, main: StepResult): Promise<StepResult> =>
  runStep('post', { inputs: ephemeralInputs(c), env: HANG_ENV, state: main.state });

describe.concurrent('client timeout', () => {
  it(
    'a Twilio request that never answers costs the client timeout, then the call is retried',
    inCell(async (c, expect) => {
      c.twilio.faults.add({ method: 'GET', path: '/v1/Keys', nth: 1, kind: 'hang' });
      c.twilio.faults.add({ method: 'POST', path: '/v1/Keys', nth: 1, kind: 'lost-response' });
      const main = await hungMain(c);
      expect(main.signal, 'still waiting on the hung Twilio request: the knob was ignored').toBeNull();
      expect(main.exitCode, main.stdout).toBe(0);
      expect(main.stdout).toContain(`timed out after ${HANG_TIMEOUT_MS} ms`);
      expect(c.twilio.requests.filter((r) => r.method === 'GET' && r.path === '/v1/Keys')).toHaveLength(2);
      await postAfter(c, main);
    }),
  );

  it(
    'a GitHub request that never answers costs the client timeout, then the call is retried',
    inCell(async (c, expect) => {
      c.github.faults.add({ method: 'GET', path: /\/public-key$/, nth: 1, kind: 'hang' });
      const main = await hungMain(c);
      await postAfter(c, main);
      expect(
        main.signal,
        'still waiting on the hung GitHub request: GitHub requests ignore the knob',
      ).toBeNull();
      expect(main.exitCode, main.stdout).toBe(0);
      expect(main.stdout).toMatch(/public-key: no answer; retry 1 of 3/);
      expect(
        c.github.requests.filter((r) => r.method === 'GET' && /\/public-key$/.test(r.path)),
      ).toHaveLength(2);
    }),
  );

  it(
    'a malformed knob is reported once, before any request',
    inCell(async (c, expect) => {
      const main = await runStep('main', {
        inputs: ephemeralInputs(c),
        env: { TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS: '2s' },
      });
      expect(main.exitCode).toBe(1);
      const errors = main.commands.filter((x) => x.command === 'error').map((x) => x.message);
      expect(errors.filter((e) => e.includes('TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS'))).toHaveLength(1);
      expect(c.twilio.requests.length + c.github.requests.length).toBe(0);
    }),
  );
});
