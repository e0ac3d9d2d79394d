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
// - bounded time: no step takes longer than stepBudget(call); exit code 0 or 1, never a crash (empty stderr);
// - no orphaned key: after main + post (+ the sweep or re-run the design relies on) no key is left that
//   nobody holds;
// - secrets all old or all new per target: each target holds a complete pair that works (or, where the
//   run deletes them, nothing).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, it, vi, type ExpectStatic } from 'vitest';
import { runStep, type StepResult } from '../harness/action.js';
import type { ScopeRef } from '../emulator/github/index.js';
import {
  absent,
  envScope,
  H,
  problems,
  REPO,
  repoScope,
  seedSecret,
  sleep,
  CLIENT_TIMEOUT_MS,
  startCell,
  STEP_ENV,
  TOKEN,
  triple,
  type Cell,
} from './support.js';

type Side = 'twilio' | 'github';
type Kind = '500' | '503' | '429' | 'reset' | 'hang' | 'lost' | 'secondary';
type Persistence = 'once' | 'always';

const TWILIO_KINDS: readonly Kind[] = ['500', '503', '429', 'reset', 'hang', 'lost'];
const GITHUB_KINDS: readonly Kind[] = [...TWILIO_KINDS, 'secondary'];
const PERSISTENCE: readonly Persistence[] = ['once', 'always'];
const RETRY_AFTER_S = 1;
const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.';
/**
 * No step may take longer than: every request the faulted call may make (its `bound`) taking the whole
 * client timeout plus the longest wait before a retry (backoff <= 1 s with 4 attempts; Retry-After 1 s),
 * plus 15 s for start-up, the other calls and a loaded machine.
 */
const stepBudget = (call: Call): number => call.bound * (CLIENT_TIMEOUT_MS + 1_000) + 15_000;

/** How a message shows the answer a fault gave. */
const SHOWS: Record<Kind, RegExp> = {
  '500': /\b500\b|20500/,
  '503': /\b503\b/,
  '429': /\b429\b|20429/,
  reset: /no answer|ECONNRESET|socket hang up/i,
  hang: /no answer|timed out|within \d+ ms/i,
  lost: /no answer|ECONNRESET|socket hang up/i,
  secondary: /secondary rate limit/i,
};

interface Call {
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

interface Outcome {
  readonly steps: readonly StepResult[];
  /** Client timeouts on healthy requests (see spurious()). */
  readonly spuriousTimeouts: number;
  /** What ran after the faulted steps, with the faults cleared: 'sweep', 're-run', ... */
  readonly followUps: readonly string[];
}

interface Mode {
  readonly name: string;
  readonly calls: readonly Call[];
  run(c: Cell, call: Call, kind: Kind, persistence: Persistence, expect: ExpectStatic): Promise<Outcome>;
}

// ---- faults --------------------------------------------------------------------------------------

interface Injected {
  /** How many times the fault fired. */
  hits(): number;
  /** Requests to the faulted call since the fault was added (seeding excluded). */
  count(): number;
  /** Those requests, for failure messages. */
  describe(): string;
}

function inject(c: Cell, call: Call, kind: Kind, persistence: Persistence): Injected {
  const from = call.side === 'twilio' ? c.twilio.requests.length : c.github.requests.length;
  const matching = () =>
    (call.side === 'twilio' ? c.twilio.requests : c.github.requests)
      .slice(from)
      .filter(
        (r) =>
          r.method === call.method &&
          (typeof call.path === 'string' ? r.path === call.path : call.path.test(r.path)),
      );
  const count = (): number => matching().length;
  const describe = (): string =>
    matching()
      .map((r) => `#${r.seq} ${r.method} ${r.path} -> ${r.status || r.fault?.kind || 'no answer'}`)
      .join('\n');
  const base = {
    method: call.method,
    path: call.path,
    nth: call.nth ?? 1,
    times: persistence === 'once' ? 1 : 10_000,
  };
  if (call.side === 'twilio') {
    const id = c.twilio.faults.add(
      kind === '500' || kind === '503'
        ? { ...base, kind: 'status', status: Number(kind) }
        : kind === '429'
          ? { ...base, kind: 'status', status: 429, retryAfter: RETRY_AFTER_S }
          : kind === 'reset'
            ? { ...base, kind: 'reset' }
            : kind === 'hang'
              ? { ...base, kind: 'hang' }
              : { ...base, kind: 'lost-response' },
    );
    return { hits: () => c.twilio.faults.hits(id), count, describe };
  }
  const id = c.github.faults.add(
    kind === '500' || kind === '503'
      ? { ...base, kind: 'status', status: Number(kind) }
      : kind === '429'
        ? { ...base, kind: 'status', status: 429, retryAfter: RETRY_AFTER_S }
        : kind === 'secondary'
          ? { ...base, kind: 'status', status: 403, retryAfter: RETRY_AFTER_S, message: SECONDARY_MESSAGE }
          : kind === 'reset'
            ? { ...base, kind: 'reset' }
            : kind === 'hang'
              ? { ...base, kind: 'hang' }
              : { ...base, kind: 'lost-response' },
  );
  return { hits: () => c.github.faults.hits(id), count, describe };
}

function clearFaults(c: Cell): void {
  c.twilio.faults.clear();
  c.github.faults.clear();
}

/**
 * Client timeouts on requests that were not hung by the fault: the machine was too busy to read a
 * healthy answer within CLIENT_TIMEOUT_MS. Each shows in the log (Twilio: "failed (timed out after N ms);
 * retry", GitHub: "no answer; retry") and costs one extra attempt; the matrix tolerates and counts them.
 */
function spurious(steps: readonly StepResult[], call: Call, kind: Kind, hits: number): number {
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
function checkFaulted(
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
    expect(s.durationMs, 'bounded time').toBeLessThan(stepBudget(call));
  }
  expect(fault.hits(), 'the fault was hit: the cell exercised the call').toBeGreaterThan(0);
  const n = fault.count();
  const { errors, warnings } = problems(steps);
  const extra = spurious(steps, call, kind, fault.hits());
  const log = `${fault.describe()}\n${steps.map((s) => s.stdout).join('\n---\n')}`;
  const said = [...errors, ...warnings];
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
    expect(n, `bounded retries\n${log}`).toBeLessThanOrEqual(call.bound);
    // A persistent fault that failed or warned is explained; one that was absorbed (the change was applied
    // and its outcome settled otherwise) needs no message: the mode's invariants are checked anyway.
    if (steps.some((s) => s.exitCode !== 0) || warnings.some((w) => !/rate limit/i.test(w))) named();
  }
  return extra;
}

// ---- modes ---------------------------------------------------------------------------------------

const KEYS = '/v1/Keys';
const KEY = /^\/v1\/Keys\/SK[0-9a-f]{32}$/;
const lostCreate = (c: Cell): void => {
  c.twilio.faults.add({ method: 'POST', path: KEYS, nth: 1, kind: 'lost-response' });
};

function twilioInputs(c: Cell, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'account-sid': c.account.sid,
    'auth-token': c.account.authToken,
    'twilio-api-url': c.twilio.url,
    ...extra,
  };
}

function githubInputs(c: Cell, secrets: string): Record<string, string> {
  return { secrets, 'github-token': TOKEN, 'github-api-url': c.github.url };
}

/** Runs sweep the way the scheduled workflow does: another run, later. */
async function sweep(c: Cell, maxAge = '24h'): Promise<StepResult> {
  return runStep('main', {
    inputs: twilioInputs(c, { mode: 'sweep', 'max-age': maxAge }),
    env: { ...STEP_ENV, GITHUB_RUN_ID: '99999999999' },
  });
}

const ephemeral: Mode = {
  name: 'ephemeral',
  calls: [
    {
      side: 'twilio',
      label: 'create key',
      method: 'POST',
      path: KEYS,
      names: /create key/,
      clean: 1,
      bound: 8,
    },
    {
      side: 'twilio',
      label: 'list keys (twin search after a lost create)',
      method: 'GET',
      path: KEYS,
      names: /create key|list keys/,
      clean: 1,
      // main's twin search, then post's search by name (main never learned the SID)
      bound: 4 + 4,
      reach: lostCreate,
    },
    {
      side: 'twilio',
      label: 'delete key (post)',
      method: 'DELETE',
      path: KEY,
      names: /delete key/i,
      clean: 1,
      bound: 4,
    },
    {
      side: 'twilio',
      label: 'list keys (post, SID unknown)',
      method: 'GET',
      path: KEYS,
      names: /list keys|delete key/i,
      clean: 1,
      bound: 4,
      postOnly: true,
    },
    {
      side: 'github',
      label: 'read public key',
      method: 'GET',
      path: /\/actions\/secrets\/public-key$/,
      names: /public key/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'write secret (3rd PUT: API_SECRET)',
      method: 'PUT',
      path: /\/actions\/secrets\/TWILIO_/,
      nth: 3,
      names: /write secret/,
      clean: 3,
      bound: 2 + 4,
    },
    {
      side: 'github',
      label: 'delete secret (post)',
      method: 'DELETE',
      path: /\/actions\/secrets\/TWILIO_/,
      names: /delete secret/,
      clean: 3,
      bound: 3 * 4,
    },
  ],
  async run(c, call, kind, persistence, expect) {
    // Keys minted here look 25 h old to Twilio's clock, so a later sweep (max-age 24h) may take them.
    c.twilio.clock.advance(-25 * H);
    const inputs = {
      ...twilioInputs(c, { permissions: 'messaging' }),
      ...githubInputs(c, 'repository'),
    };
    const followUps: string[] = [];
    call.reach?.(c);
    const fault = inject(c, call, kind, persistence);
    let steps: StepResult[];
    if (call.postOnly) {
      // Main was stopped between the create request and its answer: post knows only the name.
      const name = 'gha:eph:12345678901.1.c0ffee:octo/app:build';
      c.twilio.addKey({
        accountSid: c.account.sid,
        type: 'restricted',
        policy: ['/twilio/messaging/messages/create'],
        friendlyName: name,
      });
      steps = [await runStep('post', { inputs, env: STEP_ENV, state: { 'key-friendly-name': name } })];
    } else {
      const main = await runStep('main', { inputs, env: STEP_ENV });
      expect(main.state['key-friendly-name'], 'the name is saved before the create').toMatch(/^gha:eph:/);
      if (main.exitCode === 0) {
        // All new: the target holds the minted key, which works.
        const sid = main.outputs['api-key-sid'];
        const secret = main.outputs['api-key-secret'];
        expect(triple(c.github, repoScope)).toEqual({ accountSid: c.account.sid, sid, secret });
        expect(c.twilio.keys(c.account.sid).map((k) => [k.sid, k.secret])).toEqual([[sid, secret]]);
      }
      const post = await runStep('post', { inputs, env: STEP_ENV, state: main.state });
      steps = [main, post];
    }
    const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, steps, fault);
    clearFaults(c);

    // No orphan: post deleted the key, or (the design) it warned and sweep removes it.
    if (c.twilio.keys(c.account.sid).length > 0) {
      expect(persistence, 'a transient fault never leaves a key behind').toBe('always');
      const swept = await sweep(c);
      expect(swept.exitCode, swept.stdout).toBe(0);
      followUps.push('sweep');
    }
    expect(c.twilio.keys(c.account.sid), 'no orphaned key').toEqual([]);

    // Secrets: post deleted what the run wrote; only a persistent DELETE fault leaves them, with a warning each.
    const t = triple(c.github, repoScope);
    if (!absent(t)) {
      expect(call.label).toBe('delete secret (post)');
      expect(
        [t.accountSid, t.sid, t.secret].every((v) => v !== undefined),
        'all or nothing',
      ).toBe(true);
      const { warnings } = problems(steps);
      for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'])
        expect(warnings.join('\n')).toContain(`${REPO}/${name}`);
    }
    return { steps, followUps, spuriousTimeouts };
  },
};

const LINEAGE = 'gha:rot:billing';
const ENV_SECRET = (name: string) => `/repos/${REPO}/environments/production/secrets/${name}`;

/** The lineage before the run: K0 (3 h old) superseded by K1 (2 h old), which both targets hold. */
async function seedLineage(c: Cell): Promise<{ k0: string; k1: { sid: string; secret: string } }> {
  const add = (hoursOld: number) =>
    c.twilio.addKey({
      accountSid: c.account.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
      friendlyName: LINEAGE,
      createdAt: new Date(Date.now() - hoursOld * H),
    });
  const k0 = add(3).sid;
  const k1 = add(2);
  for (const scope of [repoScope, envScope]) {
    await seedSecret(c.github, scope, 'TWILIO_ACCOUNT_SID', c.account.sid, H);
    await seedSecret(c.github, scope, 'TWILIO_API_KEY', k1.sid, H);
    await seedSecret(c.github, scope, 'TWILIO_API_SECRET', k1.secret, H);
  }
  return { k0, k1 };
}

/** Each target holds a complete pair of a live key: old (K1) or new. Returns the SIDs held. */
function expectWorkingPairs(expect: ExpectStatic, c: Cell, allowed: ReadonlySet<string>): Set<string> {
  const live = new Map(c.twilio.keys(c.account.sid).map((k) => [k.sid, k.secret]));
  const held = new Set<string>();
  for (const scope of [repoScope, envScope] as ScopeRef[]) {
    const t = triple(c.github, scope);
    expect(t.accountSid, JSON.stringify(scope)).toBe(c.account.sid);
    expect(allowed.has(t.sid ?? ''), `${JSON.stringify(scope)} holds the old or the new key`).toBe(true);
    expect(live.get(t.sid ?? ''), `${JSON.stringify(scope)} holds a live key and its secret`).toBe(t.secret);
    held.add(t.sid ?? '');
  }
  return held;
}

const rotate: Mode = {
  name: 'rotate',
  calls: [
    {
      side: 'twilio',
      label: 'list lineage',
      method: 'GET',
      path: KEYS,
      names: /list keys/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'twilio',
      label: 'create key',
      method: 'POST',
      path: KEYS,
      names: /create key/,
      clean: 1,
      bound: 8,
    },
    {
      side: 'twilio',
      label: 'list keys (twin search after a lost create)',
      method: 'GET',
      path: KEYS,
      nth: 2,
      names: /create key|list keys/,
      clean: 2,
      bound: 1 + 4,
      reach: lostCreate,
    },
    {
      side: 'twilio',
      label: 'delete superseded key',
      method: 'DELETE',
      path: KEY,
      names: /superseded key|delete key/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'read public key (environment)',
      method: 'GET',
      path: ENV_SECRET('public-key'),
      names: /public key/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'write API_KEY (round 1, environment)',
      method: 'PUT',
      path: ENV_SECRET('TWILIO_API_KEY'),
      names: /write secret TWILIO_API_KEY/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'write API_SECRET (round 2, environment)',
      method: 'PUT',
      path: ENV_SECRET('TWILIO_API_SECRET'),
      names: /write secret TWILIO_API_SECRET/,
      clean: 1,
      bound: 4,
    },
  ],
  async run(c, call, kind, persistence, expect) {
    const { k0, k1 } = await seedLineage(c);
    const before = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
    const inputs = {
      ...twilioInputs(c, {
        mode: 'rotate',
        'friendly-name': 'billing',
        permissions: 'messaging',
        'grace-period': '1h',
      }),
      ...githubInputs(c, 'repository\nenvironment:production'),
    };
    call.reach?.(c);
    const fault = inject(c, call, kind, persistence);
    const main = await runStep('main', { inputs, env: STEP_ENV });
    // rotate saves no state, so its post step has nothing to do (post.ts returns before any request).
    expect(main.state).toEqual({});
    const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, [main], fault);
    clearFaults(c);

    const newSid = main.outputs['api-key-sid'];
    const created = c.twilio.keys(c.account.sid).filter((k) => !before.has(k.sid));
    const held = expectWorkingPairs(expect, c, new Set([k1.sid, ...created.map((k) => k.sid)]));
    if (main.exitCode === 0) {
      expect(held, 'all new').toEqual(new Set([newSid]));
      const alive = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
      if (call.label !== 'delete superseded key') expect(alive.has(k0), 'superseded K0 deleted').toBe(false);
      expect(alive.has(k1.sid), 'K1 kept within grace').toBe(true);
    }
    // No orphan: every key this run created is held by a target, or (a twin whose search failed: the
    // error names the lineage) it is deleted by the rotations that follow, once its successor is past grace.
    const followUps: string[] = [];
    const orphans = created.filter((k) => !held.has(k.sid));
    if (orphans.length > 0) {
      // A twin whose search failed. The error says so, naming the key's name.
      expect(main.exitCode).toBe(1);
      const error = problems([main]).errors.join('\n');
      for (const k of orphans) expect(error).toContain(k.friendlyName ?? '-');
      if (orphans.some((k) => k.friendlyName?.startsWith('gha:eph:'))) {
        // Minted under an ephemeral-tagged name: the next sweep removes it.
        await sleep(2_000); // older than max-age 1s (Twilio dates are whole seconds)
        const swept = await sweep(c, '1s');
        expect(swept.exitCode, swept.stdout).toBe(0);
        followUps.push('sweep');
      }
      if (orphans.some((k) => k.friendlyName === LINEAGE)) {
        // In the lineage: deleted by later rotations once its successor is past grace.
        for (let i = 0; i < 2; i++) {
          const again = await runStep('main', { inputs, env: STEP_ENV });
          expect(again.exitCode, again.stdout).toBe(0);
          c.twilio.clock.advance(2 * H);
          followUps.push('re-run');
        }
      }
      const live = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
      expect(
        orphans.filter((k) => live.has(k.sid)).map((k) => `${k.sid} '${k.friendlyName}'`),
        'no orphan after the sweep or rotations the design relies on',
      ).toEqual([]);
    }
    return { steps: [main], followUps, spuriousTimeouts };
  },
};

const SECONDARY = '/v1/AuthTokens/Secondary';

const rotateAuthToken: Mode = {
  name: 'rotate + rotate-auth-token',
  calls: [
    {
      side: 'twilio',
      label: 'create secondary auth token',
      method: 'POST',
      path: SECONDARY,
      names: /create secondary auth token/,
      clean: 1,
      // 4 attempts on 429; after an unknown outcome, the DELETE of a secondary that may exist
      bound: 4,
      notRepeated:
        'src/twilio/auth-tokens.ts createSecondary: after an unknown outcome it deletes the secondary and fails (it could create once more, as keys.create does)',
    },
    {
      side: 'github',
      label: 'write AUTH_TOKEN (environment)',
      method: 'PUT',
      path: ENV_SECRET('TWILIO_AUTH_TOKEN'),
      names: /write secret TWILIO_AUTH_TOKEN/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'twilio',
      label: 'check the new token (GET /v1/Keys with it)',
      method: 'GET',
      path: KEYS,
      nth: 2,
      names: /did not authenticate|check auth token/,
      // the lineage list, then the check
      clean: 2,
      // three checks (1 s and 3 s apart) of 4 attempts each
      bound: 1 + 3 * 4,
    },
    {
      side: 'twilio',
      label: 'promote secondary auth token',
      method: 'POST',
      path: '/v1/AuthTokens/Promote',
      names: /promot/i,
      clean: 1,
      bound: 2 * 4,
    },
    {
      side: 'twilio',
      label: 'delete secondary auth token (rollback after a failed write)',
      method: 'DELETE',
      path: SECONDARY,
      names: /secondary/,
      clean: 1,
      bound: 4,
      reach: (c) => {
        c.github.faults.add({
          method: 'PUT',
          path: ENV_SECRET('TWILIO_AUTH_TOKEN'),
          kind: 'status',
          status: 422,
        });
      },
      reachFails: true,
    },
  ],
  async run(c, call, kind, persistence, expect) {
    const { k1 } = await seedLineage(c);
    const old = c.account.authToken;
    for (const scope of [repoScope, envScope]) await seedSecret(c.github, scope, 'TWILIO_AUTH_TOKEN', old, H);
    const before = new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
    const inputs = {
      ...twilioInputs(c, {
        mode: 'rotate',
        'friendly-name': 'billing',
        permissions: 'messaging',
        'grace-period': '1h',
        'rotate-auth-token': 'true',
      }),
      ...githubInputs(c, 'repository\nenvironment:production'),
    };
    call.reach?.(c);
    const fault = inject(c, call, kind, persistence);
    const main = await runStep('main', { inputs, env: STEP_ENV });
    expect(main.state).toEqual({});
    const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, [main], fault);
    clearFaults(c);

    // The key: as in rotate.
    const created = c.twilio.keys(c.account.sid).filter((k) => !before.has(k.sid));
    const held = expectWorkingPairs(expect, c, new Set([k1.sid, ...created.map((k) => k.sid)]));
    expect(
      created.filter((k) => !held.has(k.sid)).map((k) => k.sid),
      'no unheld key',
    ).toEqual([]);

    // The token: every target holds the same one, and Twilio accepts it.
    const { primary, secondary } = c.twilio.authToken(c.account.sid);
    const tokens = [repoScope, envScope].map(
      (scope) => c.github.secret(scope, 'TWILIO_AUTH_TOKEN')?.plaintext,
    );
    expect(new Set(tokens).size, 'all old or all new').toBe(1);
    const accepted = new Set([primary, ...(secondary ? [secondary] : [])]);
    expect(accepted.has(tokens[0] ?? ''), 'the token the targets hold works').toBe(true);
    if (main.exitCode === 0) {
      expect(tokens[0]).toBe(primary);
      expect(primary).not.toBe(old);
      expect(secondary).toBeUndefined();
    } else if (primary === old && secondary !== undefined) {
      // Not promoted and a secondary left behind: only when deleting it failed, and then the error says so.
      expect(problems([main]).errors.join('\n')).toMatch(/secondary/i);
    }
    return { steps: [main], followUps: [], spuriousTimeouts };
  },
};

const EXPIRED = [
  'gha:eph:111.1.aaaaaa:octo/app:build',
  'gha:eph:112.2.bbbbbb:octo/app:test',
  'gha:eph:113.1.cccccc:x/y:z',
];

const sweepMode: Mode = {
  name: 'sweep',
  calls: [
    {
      side: 'twilio',
      label: 'list keys (page 1)',
      method: 'GET',
      path: KEYS,
      names: /list keys/,
      clean: 2,
      bound: 4,
    },
    {
      side: 'twilio',
      label: 'list keys (page 2)',
      method: 'GET',
      path: KEYS,
      nth: 2,
      names: /list keys/,
      clean: 2,
      bound: 1 + 4,
    },
    {
      side: 'twilio',
      label: 'delete key',
      method: 'DELETE',
      path: KEY,
      names: /delete/i,
      clean: 3,
      bound: 3 * 4,
    },
  ],
  async run(c, call, kind, persistence, expect) {
    const add = (friendlyName: string, hoursOld: number) =>
      c.twilio.addKey({
        accountSid: c.account.sid,
        type: 'standard',
        friendlyName,
        createdAt: new Date(Date.now() - hoursOld * H),
      }).sid;
    // Two pages (Twilio's largest page is 1,000 keys).
    const keep = new Set<string>();
    for (let i = 0; i < 1000; i++) keep.add(add(`deploy ${i}`, 1));
    keep.add(add('deploy', 30));
    keep.add(add(LINEAGE, 30));
    keep.add(add('gha:eph:12345678901.1.dddddd:octo/app:build', 30)); // the sweeping run's own
    keep.add(add('gha:eph:222.1.eeeeee:octo/app:build', 1)); // younger than max-age
    const expired = new Set(EXPIRED.map((n) => add(n, 25)));
    const fault = inject(c, call, kind, persistence);
    const main = await runStep('main', {
      inputs: twilioInputs(c, { mode: 'sweep', 'max-age': '24h' }),
      env: STEP_ENV,
    });
    expect(main.state).toEqual({});
    const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, [main], fault);
    clearFaults(c);
    const followUps: string[] = [];
    const alive = () => new Set(c.twilio.keys(c.account.sid).map((k) => k.sid));
    const missing = (live: Set<string>) => [...keep].filter((sid) => !live.has(sid));
    expect(missing(alive()), 'sweep never deletes an untagged, lineage, own-run or young key').toEqual([]);
    if ([...expired].some((sid) => alive().has(sid))) {
      // A sweep that could not finish fails; the next one (here: a re-run) finishes the job.
      expect(main.exitCode).toBe(1);
      const again = await runStep('main', {
        inputs: twilioInputs(c, { mode: 'sweep', 'max-age': '24h' }),
        env: STEP_ENV,
      });
      expect(again.exitCode, again.stdout).toBe(0);
      followUps.push('re-run');
    }
    const live = alive();
    expect(missing(live)).toEqual([]);
    expect(
      [...expired].filter((sid) => live.has(sid)),
      'expired tagged keys deleted',
    ).toEqual([]);
    expect(live.size).toBe(keep.size);
    return { steps: [main], followUps, spuriousTimeouts };
  },
};

const revoke: Mode = {
  name: 'revoke',
  calls: [
    {
      side: 'twilio',
      label: 'delete key',
      method: 'DELETE',
      path: KEY,
      names: /delete key|not deleted/i,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'delete secret',
      method: 'DELETE',
      path: /\/actions\/secrets\/TWILIO_/,
      names: /delete secret/,
      clean: 3,
      bound: 3 * 4,
    },
  ],
  async run(c, call, kind, persistence, expect) {
    const key = c.twilio.addKey({
      accountSid: c.account.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
      friendlyName: 'gha:eph:555.1.abcdef:octo/app:build',
    });
    await seedSecret(c.github, repoScope, 'TWILIO_ACCOUNT_SID', c.account.sid);
    await seedSecret(c.github, repoScope, 'TWILIO_API_KEY', key.sid);
    await seedSecret(c.github, repoScope, 'TWILIO_API_SECRET', key.secret);
    const inputs = {
      ...twilioInputs(c, { mode: 'revoke', 'key-sid': key.sid }),
      ...githubInputs(c, 'repository'),
    };
    const fault = inject(c, call, kind, persistence);
    const main = await runStep('main', { inputs, env: STEP_ENV });
    expect(main.state).toEqual({});
    const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, [main], fault);
    clearFaults(c);
    const followUps: string[] = [];
    const done = () => c.twilio.keys(c.account.sid).length === 0 && absent(triple(c.github, repoScope));
    if (!done()) {
      // Revoke is idempotent: the user re-runs it once the cause is gone.
      expect(main.exitCode, 'revoke that did not finish fails the step').toBe(1);
      const again = await runStep('main', { inputs, env: STEP_ENV });
      expect(again.exitCode, again.stdout).toBe(0);
      followUps.push('re-run');
    }
    expect(done(), 'key and secrets gone').toBe(true);
    return { steps: [main], followUps, spuriousTimeouts };
  },
};

const MODES: readonly Mode[] = [ephemeral, rotate, rotateAuthToken, sweepMode, revoke];

// Cells mostly wait (backoff, Retry-After, client timeouts): more of them at once than vitest's default 5.
// Set during collection, before vitest creates its concurrency limiters for this file's run.
vi.setConfig({ maxConcurrency: 16 });
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

for (const mode of MODES) {
  describe.concurrent(`fault matrix: ${mode.name}`, () => {
    for (const call of mode.calls) {
      for (const kind of call.side === 'twilio' ? TWILIO_KINDS : GITHUB_KINDS) {
        for (const persistence of PERSISTENCE) {
          const result: Result = {
            mode: mode.name,
            call: `${call.side} ${call.label}`,
            kind,
            persistence,
            status: 'not run',
            ms: 0,
            followUps: [],
            maxStepMs: 0,
            spuriousTimeouts: 0,
          };
          results.push(result);
          const name = `${call.side}: ${call.label} x ${kind} (${persistence})`;
          it(name, { timeout: 90_000 }, async ({ expect }) => {
            const started = performance.now();
            result.status = 'failed';
            const c = await startCell();
            try {
              const outcome = await mode.run(c, call, kind, persistence, expect);
              result.followUps = outcome.followUps;
              result.maxStepMs = Math.max(...outcome.steps.map((s) => s.durationMs));
              result.spuriousTimeouts = outcome.spuriousTimeouts;
              result.status = 'passed';
            } finally {
              result.ms = performance.now() - started;
              await c.close();
            }
          });
        }
      }
    }
  });
}

describe.concurrent('fault matrix: test mode', () => {
  const result: Result = {
    mode: 'test',
    call: '(none: test mode calls no API)',
    kind: '500',
    persistence: 'always',
    status: 'not run',
    ms: 0,
    followUps: [],
    maxStepMs: 0,
    spuriousTimeouts: 0,
  };
  results.push(result);
  it('every route of both emulators failing: test credentials handed out, zero requests', async ({
    expect,
  }) => {
    result.status = 'failed';
    const c = await startCell();
    try {
      const test = c.twilio.addTestAccount();
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        c.twilio.faults.add({ method, path: /.*/, kind: 'status', status: 500 });
        c.github.faults.add({ method, kind: 'status', status: 500 });
      }
      const inputs = {
        ...twilioInputs(c, { mode: 'test', 'test-account-sid': test.sid, 'test-auth-token': test.authToken }),
      };
      const main = await runStep('main', { inputs, env: STEP_ENV });
      const post = await runStep('post', { inputs, env: STEP_ENV, state: main.state });
      expect(main.exitCode, main.stdout).toBe(0);
      expect(post.exitCode).toBe(0);
      expect(main.env.TWILIO_AUTH_TOKEN).toBe(test.authToken);
      expect(c.twilio.requests).toEqual([]);
      expect(c.github.requests).toEqual([]);
      expect(c.twilio.keys(c.account.sid)).toEqual([]);
      result.maxStepMs = Math.max(main.durationMs, post.durationMs);
      result.status = 'passed';
    } finally {
      await c.close();
    }
  });
});

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
      ...MODES.map((m) => {
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
