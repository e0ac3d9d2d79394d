// Fault matrix: every mode x every API call it makes x every fault kind, once (a transient fault) and
// always (a persistent one), on the bundled action run as the runner runs it (main, then post with
// main's state; sweep or a re-run afterwards where the design relies on one).
//
// Invariants checked in every cell:
// - a transient fault is invisible: the step succeeds, no error or warning (rate-limit waits excepted),
//   and the faulted call is made at most once more than in a clean run (calls the design does not repeat
//   after an unknown outcome, `notRepeated`, fail safely instead, and say so);
// - a persistent fault is bounded (requests to the faulted call <= its attempt budget), and when the step
//   fails or warns, an error or warning names the failing call and shows the HTTP status / Twilio code /
//   "no answer";
// - no hang left unbounded (requests <= the attempt budget); exit code 0 or 1, never a crash (nothing
//   escapes the entry point);
// - no orphaned key: after main + post (+ the sweep or re-run the design relies on) no key is left that
//   nobody holds;
// - secrets all old or all new per target: each target holds a complete pair that works (or, where the
//   run deletes them, nothing).
//
// This module is the framework: fault kinds, injection, the checks every cell makes, running a cell's
// steps under its fault (underFault) and the follow-ups after, and defineMatrix(), which declares one cell
// per (call, kind, persistence) of a mode. Each mode's table of calls and its run are in
// test/reliability/matrix/<mode>.ts (what several tables share: matrix/shared.ts), declared by
// test/reliability/matrix-<mode>.test.ts.
// Steps run in this process (test/harness/in-process.ts): the bundled dist/, without a Node start per step.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, it, vi, type ExpectStatic } from 'vitest';
import type { FaultRule as GitHubFaultRule } from '../../emulator/github/index.js';
import type { StepResult } from '../../harness/action.js';
import { runStepInProcess as runStep } from '../../harness/in-process.js';
import { HANG_ENV, problems, startCell, twilioInputs, type Cell } from '../support.js';

export { githubInputs, twilioInputs } from '../support.js';

export { runStep };

export type Side = 'twilio' | 'github';
export type Kind = '500' | '503' | '429' | 'reset' | 'hang' | 'lost' | 'secondary';
export type Persistence = 'once' | 'always';

export const TWILIO_KINDS: readonly Kind[] = ['500', '503', '429', 'reset', 'hang', 'lost'];
export const GITHUB_KINDS: readonly Kind[] = [...TWILIO_KINDS, 'secondary'];
export const PERSISTENCE: readonly Persistence[] = ['once', 'always'];
export const RETRY_AFTER_S = 1;
export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.';
/**
 * The client timeout in "hang" cells is short (HANG_ENV): a hung request ends when the action gives up
 * on it. Other cells keep the default (30 s), so a healthy answer is never taken for a hang however busy
 * the machine is; in hang cells one may be, and the matrix counts and tolerates it (see spurious()).
 */
export const envFor = (kind: Kind): Record<string, string> => (kind === 'hang' ? HANG_ENV : {});

/** How a message shows the answer a fault gave. */
export const SHOWS: Record<Kind, RegExp> = {
  '500': /\b500\b|20500/,
  '503': /\b503\b/,
  '429': /\b429\b|20429/,
  reset: /no answer|ECONNRESET|socket hang up/i,
  hang: /no answer|timed out|within \d+ ms/i,
  lost: /no answer|ECONNRESET|socket hang up/i,
  secondary: /secondary rate limit/i,
};

export interface Call {
  readonly side: Side;
  /** What the call is, for the cell's name. */
  readonly label: string;
  readonly method: string;
  readonly path: string | RegExp;
  /** The first matching request the fault hits (default 1). */
  readonly nth?: number;
  /** A message about this call's failure must match. */
  readonly names: RegExp;
  /** Requests matching method + path in a run with no fault (after `reach`). */
  readonly clean: number;
  /** Requests matching method + path allowed under the persistent fault. */
  readonly bound: number;
  /** Faults needed for the call to be made at all (e.g. a lost create before the twin search). */
  readonly reach?: (c: Cell) => void;
  /** The reach fault fails the step by itself (so even a transient fault on the call ends in failure). */
  readonly reachFails?: boolean;
  /** Why the design does not repeat this call after an unknown outcome (a transient fault then fails the step). */
  readonly notRepeated?: string;
  /** Run only the post step (with this state) instead of main + post. */
  readonly postOnly?: boolean;
}

export interface Outcome {
  readonly steps: readonly StepResult[];
  /** Client timeouts on healthy requests (see spurious()). */
  readonly spuriousTimeouts: number;
  /** What ran after the faulted steps, with the faults cleared: 'sweep', 're-run', ... */
  readonly followUps: readonly string[];
}

/** One cell: its emulators, the call it faults and how, and its test's expect. */
export interface CellRun {
  readonly c: Cell;
  readonly call: Call;
  readonly kind: Kind;
  readonly persistence: Persistence;
  readonly expect: ExpectStatic;
}

export interface Mode {
  readonly name: string;
  readonly calls: readonly Call[];
  run(cell: CellRun): Promise<Outcome>;
}

// ---- faults --------------------------------------------------------------------------------------

export interface Injected {
  /** How many times the fault fired. */
  hits(): number;
  /** Requests to the faulted call since the fault was added (seeding excluded). */
  count(): number;
  /** Those requests, for failure messages. */
  describe(): string;
}

/** An emulator fault rule: GitHub's shape, with a path, is one the Twilio emulator takes too. */
type Rule = GitHubFaultRule & { path: string | RegExp };

/** The rule for a fault of `kind` where `base` says ('secondary' is GitHub's alone: see TWILIO_KINDS). */
function faultRule(kind: Kind, base: Pick<Rule, 'method' | 'path' | 'nth' | 'times'>): Rule {
  switch (kind) {
    case '500':
    case '503':
      return { ...base, kind: 'status', status: Number(kind) };
    case '429':
      return { ...base, kind: 'status', status: 429, retryAfter: RETRY_AFTER_S };
    case 'secondary':
      return { ...base, kind: 'status', status: 403, retryAfter: RETRY_AFTER_S, message: SECONDARY_MESSAGE };
    case 'reset':
    case 'hang':
      return { ...base, kind };
    case 'lost':
      return { ...base, kind: 'lost-response' };
  }
}
/** What inject() reads of a request, on either emulator. */
interface Seen {
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly fault: { readonly kind: string } | undefined;
}

export function inject(c: Cell, call: Call, kind: Kind, persistence: Persistence): Injected {
  const emulator = call.side === 'twilio' ? c.twilio : c.github;
  const requests: readonly Seen[] = emulator.requests;
  const from = requests.length;
  const matching = () =>
    requests
      .slice(from)
      .filter(
        (r) =>
          r.method === call.method &&
          (typeof call.path === 'string' ? r.path === call.path : call.path.test(r.path)),
      );
  const id = emulator.faults.add(
    faultRule(kind, {
      method: call.method,
      path: call.path,
      nth: call.nth ?? 1,
      times: persistence === 'once' ? 1 : 10_000,
    }),
  );
  return {
    hits: () => emulator.faults.hits(id),
    count: () => matching().length,
    describe: () =>
      matching()
        .map((r) => `#${r.seq} ${r.method} ${r.path} -> ${r.status || r.fault?.kind || 'no answer'}`)
        .join('\n'),
  };
}

export function clearFaults(c: Cell): void {
  c.twilio.faults.clear();
  c.github.faults.clear();
}

/**
 * Client timeouts on requests that were not hung by the fault: the machine was too busy to read a
 * healthy answer within HANG_ENV's timeout (hang cells only). Each shows in the log (Twilio: "failed (timed out after N ms);
 * retry", GitHub: "no answer; retry") and costs one extra attempt; the matrix tolerates and counts them.
 */
export function spurious(steps: readonly StepResult[], call: Call, kind: Kind, hits: number): number {
  const log = steps.map((s) => s.stdout).join('\n');
  const twilio = (log.match(/failed \(timed out after \d+ ms\); retry/g) ?? []).length;
  const github = (log.match(/: no answer; retry/g) ?? []).length;
  const twilioExpected = call.side === 'twilio' && kind === 'hang' ? hits : 0;
  const githubExpected =
    call.side === 'github' && (kind === 'hang' || kind === 'reset' || kind === 'lost') ? hits : 0;
  const found = Math.max(0, twilio - twilioExpected) + Math.max(0, github - githubExpected);
  spuriousTotal += found;
  return found;
}
let spuriousTotal = 0;

/** The checks every cell makes on the steps that ran under the fault. */
export function checkFaulted(
  expect: ExpectStatic,
  call: Call,
  kind: Kind,
  persistence: Persistence,
  steps: readonly StepResult[],
  fault: Injected,
): number {
  for (const s of steps) {
    const log = s.stdout + s.stderr;
    expect(s.signal, log).toBeNull();
    expect([0, 1], log).toContain(s.exitCode);
    expect(s.stderr, 'no crash, no stack trace').toBe('');
  }
  expect(fault.hits(), 'the fault was hit: the cell exercised the call').toBeGreaterThan(0);
  const n = fault.count();
  const { errors, warnings } = problems(steps);
  const extra = spurious(steps, call, kind, fault.hits());
  const log = `${fault.describe()}\n${steps.map((s) => s.stdout).join('\n---\n')}`;
  const said = [...errors, ...warnings];
  expect(
    errors.filter((m) => /nothing was rotated/.test(m) && /unusable pair/.test(m)),
    'a message that says nothing was rotated cannot also warn of an unusable pair',
  ).toEqual([]);
  // A healthy-but-late answer on the last attempt shows as a timeout instead of the fault's status.
  const shows = (m: string) => SHOWS[kind].test(m) || (extra > 0 && SHOWS.hang.test(m));
  const named = () =>
    expect(
      said.some((m) => call.names.test(m) && shows(m)),
      `a message names the call (${call.names}) and shows the answer (${SHOWS[kind]}):\n${said.join('\n')}`,
    ).toBe(true);
  if (persistence === 'once') {
    // At most one more attempt (none when the outcome was settled by a read, e.g. a promotion whose answer
    // was lost and the old token is refused), plus one per healthy request the busy machine timed out on.
    expect(n, `at most one more attempt\n${log}`).toBeGreaterThanOrEqual(call.clean);
    expect(n, `at most one more attempt\n${log}`).toBeLessThanOrEqual(call.clean + 1 + extra);
    if (call.notRepeated && kind !== '429') {
      // By design this call is not repeated after an unknown outcome: the step fails, safely, and says why.
      expect(steps.some((s) => s.exitCode === 1)).toBe(true);
      named();
    } else if (!call.reachFails) {
      for (const s of steps) expect(s.exitCode, log).toBe(0);
      expect(errors).toEqual([]);
      expect(warnings.filter((w) => !/rate limit/i.test(w))).toEqual([]);
    }
  } else {
    // Plus one per healthy request the busy machine timed out on (hang cells only), as for 'once'.
    expect(n, `bounded retries\n${log}`).toBeLessThanOrEqual(call.bound + extra);
    // A persistent fault that failed or warned is explained; one that was absorbed (the change was applied
    // and its outcome settled otherwise) needs no message: the mode's invariants are checked anyway.
    if (steps.some((s) => s.exitCode !== 0) || warnings.some((w) => !/rate limit/i.test(w))) named();
  }
  return extra;
}

// ---- running a cell ------------------------------------------------------------------------------

/** Runs main with the step environment of the cell's fault kind (envFor). */
export const runMain = (cell: CellRun, inputs: Record<string, string>): Promise<StepResult> =>
  runStep('main', { inputs, env: envFor(cell.kind) });

/**
 * Runs `steps` under the cell's fault (added after the faults its call needs to be reached), makes the
 * checks every cell makes, then clears the faults: what follows (a mode's own checks, follow-ups) runs clean.
 */
export async function underFault<S extends readonly StepResult[]>(
  cell: CellRun,
  steps: (env: Record<string, string>) => Promise<S>,
): Promise<{ steps: S; spuriousTimeouts: number }> {
  const { c, call, kind, persistence, expect } = cell;
  call.reach?.(c);
  const fault = inject(c, call, kind, persistence);
  const ran = await steps(envFor(kind));
  const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, ran, fault);
  clearFaults(c);
  return { steps: ran, spuriousTimeouts };
}

/**
 * underFault() for the modes that save no state (rotate, revoke, sweep): main alone, since their post step
 * has nothing to do (post.ts returns before any request).
 */
export async function mainUnderFault(
  cell: CellRun,
  inputs: Record<string, string>,
): Promise<{ main: StepResult; spuriousTimeouts: number }> {
  const {
    steps: [main],
    spuriousTimeouts,
  } = await underFault(cell, async () => {
    const main = await runMain(cell, inputs);
    cell.expect(main.state).toEqual({});
    return [main] as const;
  });
  return { main, spuriousTimeouts };
}

/** A follow-up the design relies on, run with the faults cleared: it must succeed; `followUps` records it. */
async function followUp(cell: CellRun, followUps: string[], what: string, step: Promise<StepResult>) {
  const done = await step;
  cell.expect(done.exitCode, done.stdout).toBe(0);
  followUps.push(what);
}

/** The user re-runs main once the cause is gone. */
export const rerun = (cell: CellRun, inputs: Record<string, string>, followUps: string[]): Promise<void> =>
  followUp(cell, followUps, 're-run', runMain(cell, inputs));

/** Sweep runs the way the scheduled workflow does: another run, later. */
export const sweepAfter = (cell: CellRun, followUps: string[], maxAge = '24h'): Promise<void> =>
  followUp(
    cell,
    followUps,
    'sweep',
    runStep('main', {
      inputs: twilioInputs(cell.c, { mode: 'sweep', 'max-age': maxAge }),
      env: { GITHUB_RUN_ID: '99999999999' },
    }),
  );

/**
 * Declares the matrix of `modes`: every call x fault kind x once/always, each a cell with its own
 * emulators, run concurrently; then a tally that prints the counts and fails naming any failed cell.
 * `testMode` adds the one test-mode cell (test mode calls no API).
 */
export function defineMatrix(modes: readonly Mode[], opts: { testMode?: boolean } = {}): void {
  // Cells run in this process (runStepInProcess) and mostly wait (backoff, Retry-After, client timeouts):
  // many at once overlap the waits. Set during collection, before vitest creates this file's limiters.
  vi.setConfig({ maxConcurrency: 48 });
  afterAll(() => vi.resetConfig());
  /** How late this process (which hosts the emulators) answered, worst case: a busy host looks like a hang. */
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();

  // ---- the matrix ------------------------------------------------------------------------------------

  interface Result {
    readonly mode: string;
    readonly call: string;
    readonly kind: Kind;
    readonly persistence: Persistence;
    status: 'passed' | 'failed' | 'not run';
    ms: number;
    followUps: readonly string[];
    maxStepMs: number;
    spuriousTimeouts: number;
  }

  const results: Result[] = [];
  /** Adds a cell's line to the tally: 'not run' until its test starts (a filtered run skips it). */
  const record = (mode: string, call: string, kind: Kind, persistence: Persistence): Result => {
    const result: Result = {
      mode,
      call,
      kind,
      persistence,
      status: 'not run',
      ms: 0,
      followUps: [],
      maxStepMs: 0,
      spuriousTimeouts: 0,
    };
    results.push(result);
    return result;
  };
  /** Runs `body` with a fresh cell (its own emulators), noting in `result` whether it passed and how long it took. */
  const inCell = async (result: Result, body: (c: Cell) => Promise<void>): Promise<void> => {
    const started = performance.now();
    result.status = 'failed';
    const c = await startCell();
    try {
      await body(c);
      result.status = 'passed';
    } finally {
      result.ms = performance.now() - started;
      await c.close();
    }
  };

  for (const mode of modes) {
    describe.concurrent(`fault matrix: ${mode.name}`, () => {
      for (const call of mode.calls) {
        for (const kind of call.side === 'twilio' ? TWILIO_KINDS : GITHUB_KINDS) {
          for (const persistence of PERSISTENCE) {
            const result = record(mode.name, `${call.side} ${call.label}`, kind, persistence);
            const name = `${call.side}: ${call.label} x ${kind} (${persistence})`;
            it(name, { timeout: 90_000 }, ({ expect }) =>
              inCell(result, async (c) => {
                const outcome = await mode.run({ c, call, kind, persistence, expect });
                result.followUps = outcome.followUps;
                result.maxStepMs = Math.max(...outcome.steps.map((s) => s.durationMs));
                result.spuriousTimeouts = outcome.spuriousTimeouts;
              }),
            );
          }
        }
      }
    });
  }

  if (opts.testMode) {
    describe.concurrent('fault matrix: test mode', () => {
      const result = record('test', '(none: test mode calls no API)', '500', 'always');
      it('every route of both emulators failing: test credentials handed out, zero requests', ({ expect }) =>
        inCell(result, async (c) => {
          const test = c.twilio.addTestAccount();
          for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
            c.twilio.faults.add({ method, path: /.*/, kind: 'status', status: 500 });
            c.github.faults.add({ method, kind: 'status', status: 500 });
          }
          const inputs = {
            ...twilioInputs(c, {
              mode: 'test',
              'test-account-sid': test.sid,
              'test-auth-token': test.authToken,
            }),
          };
          const main = await runStep('main', { inputs, env: {} });
          const post = await runStep('post', { inputs, env: {}, state: main.state });
          expect(main.exitCode, main.stdout).toBe(0);
          expect(post.exitCode).toBe(0);
          expect(main.env.TWILIO_AUTH_TOKEN).toBe(test.authToken);
          expect(c.twilio.requests).toEqual([]);
          expect(c.github.requests).toEqual([]);
          expect(c.twilio.keys(c.account.sid)).toEqual([]);
          result.maxStepMs = Math.max(main.durationMs, post.durationMs);
        }));
    });
  }

  describe('fault matrix: tally', () => {
    it('prints the matrix size and the pass count', ({ expect }) => {
      const by = (status: Result['status']) => results.filter((r) => r.status === status);
      const combos = new Set(
        results.filter((r) => r.mode !== 'test').map((r) => `${r.mode}|${r.call}|${r.kind}`),
      );
      const calls = new Set(results.filter((r) => r.mode !== 'test').map((r) => `${r.mode}|${r.call}`));
      const lines = [
        `fault matrix: ${results.length} cells, ${by('passed').length} passed, ${by('failed').length} failed${by('not run').length ? `, ${by('not run').length} not run (filtered)` : ''}`,
        `  ${calls.size} (mode, call) pairs x fault kinds = ${combos.size} combinations, each once and persistent; + 1 test-mode cell`,
        ...modes.map((m) => {
          const rs = results.filter((r) => r.mode === m.name);
          return `  ${m.name}: ${rs.length} cells, ${rs.filter((r) => r.status === 'passed').length} passed`;
        }),
        `  client timeouts on healthy requests (machine too busy), tolerated: ${spuriousTotal} in ${results.filter((r) => r.spuriousTimeouts > 0).length} cell(s)${
          spuriousTotal
            ? `, e.g. ${results
                .filter((r) => r.spuriousTimeouts > 0)
                .slice(0, 5)
                .map((r) => `${r.mode} / ${r.call} x ${r.kind} (${r.persistence}): ${r.spuriousTimeouts}`)
                .join('; ')}`
            : ''
        }`,
        `  follow-ups the design relies on: ${results.filter((r) => r.followUps.includes('sweep')).length} sweep(s), ${results.filter((r) => r.followUps.includes('re-run')).length} re-run(s)`,
        `  slowest step: ${Math.round(Math.max(...results.map((r) => r.maxStepMs)))} ms; emulator host event-loop delay max ${Math.round(lag.max / 1e6)} ms, p99 ${Math.round(lag.percentile(99) / 1e6)} ms`,
      ];
      for (const r of by('failed'))
        lines.push(`  FAILED: ${r.mode} / ${r.call} x ${r.kind} (${r.persistence})`);
      console.log(lines.join('\n'));
      expect(by('failed').map((r) => `${r.mode} / ${r.call} x ${r.kind} (${r.persistence})`)).toEqual([]);
    });
  });
}

/** Cells defineMatrix() declares for `modes` (plus the one test-mode cell): the README states this count. */
export function cellCount(modes: readonly Mode[], testMode = true): number {
  const kinds = (call: Call) => (call.side === 'twilio' ? TWILIO_KINDS : GITHUB_KINDS).length;
  return (
    modes.reduce(
      (n, mode) => n + mode.calls.reduce((m, call) => m + kinds(call) * PERSISTENCE.length, 0),
      0,
    ) + (testMode ? 1 : 0)
  );
}
