// Leak scanner: no secret the emulators handed out, nor any secret passed as an input, may appear in a
// step's stdout/stderr outside `::add-mask::` lines, nor in GITHUB_STATE or GITHUB_STEP_SUMMARY.
// (GITHUB_OUTPUT and GITHUB_ENV hold values by design: outputs and exported variables are how the
// credentials reach later steps; the runner masks them because main registered them with add-mask.)
//
// Forms looked for: the value itself, its base64 at every byte alignment (so it is found inside any
// base64 blob, such as a Basic authorization header), base64url, URL-encoded and JSON-escaped, and the
// base64 of `SID:secret` when the SID is known.
//
// Automatic over every test file: vitest.setup.ts wraps startTwilioEmulator/startGitHubEmulator with
// watchTwilio/watchGitHub, and its afterAll calls assertNoLeaks(), which scans every step the harness
// ran (test/harness/action.ts records them) against every secret seen.
import type { GitHubEmulator } from '../emulator/github/index.js';
import type { TwilioEmulator } from '../emulator/twilio/index.js';
import { onStep, recordedSteps, type RecordedStep, type StepResult } from './action.js';

/** Shorter values (e.g. 'x', 'short' in bad-input cases) would match ordinary text by chance. */
export const MIN_SECRET_LENGTH = 8;

export interface Leak {
  /** What the secret is, e.g. `key SK... secret`, `auth-token input`. */
  readonly secret: string;
  /** Which form of it was found: raw, base64, url-encoded... */
  readonly form: string;
  /** Where: `stdout line 3`, `stderr`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`. */
  readonly where: string;
}

interface Known {
  readonly what: string;
  /** The SID it authenticates with (key SID, Account SID), when known. */
  readonly owner: string | undefined;
}

const known = new Map<string, Known>();

/** Adds a value to the set every step is scanned for. */
export function watchSecret(value: string | undefined, what: string, owner?: string): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  const prev = known.get(value);
  if (!prev || (prev.owner === undefined && owner !== undefined)) known.set(value, { what, owner });
}

/** Every watched secret, for tests and figures. */
export function watchedSecrets(): ReadonlyMap<string, Known> {
  return known;
}

// ---- emulators -------------------------------------------------------------------------------------

const snapshots: (() => void)[] = [];
const watched = new WeakSet<object>();

/** Runs every registered emulator snapshot (the harness does it after each step). */
export function snapshotEmulators(): void {
  for (const snap of snapshots) snap();
}

/**
 * Registers a Twilio emulator: accounts and keys the test adds, keys the action mints (live keys are
 * read on every request that arrives after a POST, so a key minted and deleted within one step is seen),
 * and primary/secondary Auth Tokens. Returns the emulator itself.
 */
export function watchTwilio<T extends TwilioEmulator>(twilio: T): T {
  if (watched.has(twilio)) return twilio;
  watched.add(twilio);
  const accounts = new Set<string>();
  const snap = (): void => {
    for (const k of twilio.keys()) watchSecret(k.secret, `key ${k.sid} secret`, k.sid);
    for (const sid of accounts) {
      const { primary, secondary } = twilio.authToken(sid);
      watchSecret(primary, `Auth Token of ${sid}`, sid);
      watchSecret(secondary, `secondary Auth Token of ${sid}`, sid);
    }
  };
  snapshots.push(snap);
  const close = twilio.close;
  twilio.close = async () => {
    snap();
    const i = snapshots.indexOf(snap);
    if (i >= 0) snapshots.splice(i, 1);
    await close.call(twilio);
  };

  const { addAccount, addTestAccount, addKey } = twilio;
  twilio.addAccount = (...args: Parameters<TwilioEmulator['addAccount']>) => {
    const a = addAccount.apply(twilio, args);
    accounts.add(a.sid);
    watchSecret(a.authToken, `Auth Token of ${a.sid}`, a.sid);
    return a;
  };
  twilio.addTestAccount = (...args: Parameters<TwilioEmulator['addTestAccount']>) => {
    const a = addTestAccount.apply(twilio, args);
    accounts.add(a.sid);
    watchSecret(a.authToken, `test Auth Token of ${a.sid}`, a.sid);
    return a;
  };
  twilio.addKey = (...args: Parameters<TwilioEmulator['addKey']>) => {
    const k = addKey.apply(twilio, args);
    watchSecret(k.secret, `key ${k.sid} secret`, k.sid);
    return k;
  };

  // Keys and tokens are made by POSTs: until every POST seen so far has been answered and a snapshot
  // taken after it, each arriving request (including the DELETE that may remove a fresh key) snapshots.
  const requests = twilio.requests;
  const pending = new Set<{ endedAt: number | undefined; method: string }>();
  const push = requests.push;
  Object.defineProperty(requests, 'push', {
    enumerable: false,
    configurable: true,
    writable: true,
    value(...items: (typeof requests)[number][]): number {
      if (pending.size > 0) {
        snap();
        for (const p of pending) if (p.endedAt !== undefined) pending.delete(p);
      }
      for (const item of items) if (item.method === 'POST') pending.add(item);
      return push.apply(requests, items);
    },
  });
  return twilio;
}

/** Registers a GitHub emulator: every token the test adds. Returns the emulator itself. */
export function watchGitHub<G extends GitHubEmulator>(github: G): G {
  if (watched.has(github)) return github;
  watched.add(github);
  const addToken = github.addToken;
  github.addToken = (token, grants) => {
    watchSecret(token, `GitHub token (${grants})`);
    addToken.call(github, token, grants);
  };
  return github;
}

// ---- scanning ----------------------------------------------------------------------------------------

/** Inputs that hold secrets, and outputs / variables that do. */
const SECRET_INPUTS = ['auth-token', 'api-secret', 'test-auth-token', 'github-token'];
const SECRET_OUTPUTS = ['api-key-secret', 'access-token'];
const SECRET_VARIABLES = ['TWILIO_API_SECRET', 'TWILIO_AUTH_TOKEN', 'TWILIO_ACCESS_TOKEN'];

/** Collects the secrets a step was given or handed out. */
export function watchStep(record: RecordedStep): void {
  const inputs = record.options.inputs ?? {};
  for (const name of SECRET_INPUTS) {
    const owner =
      name === 'api-secret' ? inputs['api-key'] : name === 'auth-token' ? inputs['account-sid'] : undefined;
    watchSecret(inputs[name], `${name} input`, owner);
  }
  const { outputs, env } = record.result;
  for (const name of SECRET_OUTPUTS) watchSecret(outputs[name], `${name} output`, outputs['api-key-sid']);
  for (const name of SECRET_VARIABLES) watchSecret(env[name], `${name} variable`);
}

/**
 * base64 of `value` when it sits at any byte offset inside a larger encoded blob: for each of the
 * three alignments, the characters that depend on `value`'s bytes alone.
 */
export function base64Fragments(value: string): string[] {
  const bytes = Buffer.from(value);
  const out: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Leading chars mixing in the padding bytes, and trailing chars mixing in what follows, vary.
    const start = offset === 0 ? 0 : 4;
    const usable = Math.floor((offset + bytes.length) / 3) * 4;
    const fragment = encoded.slice(start, usable);
    if (fragment.length >= MIN_SECRET_LENGTH) out.push(fragment);
  }
  return out;
}

export function forms(value: string, owner?: string): { form: string; text: string }[] {
  const list: { form: string; text: string }[] = [{ form: 'raw', text: value }];
  for (const fragment of base64Fragments(value)) list.push({ form: 'base64', text: fragment });
  list.push({ form: 'base64url', text: Buffer.from(value).toString('base64url').replace(/=+$/, '') });
  list.push({ form: 'url-encoded', text: encodeURIComponent(value) });
  list.push({ form: 'form-encoded', text: new URLSearchParams({ v: value }).toString().slice(2) });
  list.push({ form: 'json-escaped', text: JSON.stringify(value).slice(1, -1) });
  if (owner)
    list.push({
      form: `base64 of ${owner}:secret`,
      text: Buffer.from(`${owner}:${value}`).toString('base64'),
    });
  // The same text twice (an alphanumeric secret is its own URL-encoding) is reported once.
  const seen = new Set<string>();
  return list.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

interface Needle {
  readonly text: string;
  readonly form: string;
  readonly what: string;
}

/** Every form of every secret, by its first MIN_SECRET_LENGTH characters: a scan costs one lookup per position. */
function index(secrets: ReadonlyMap<string, Known>): Map<string, Needle[]> {
  const byPrefix = new Map<string, Needle[]>();
  for (const [value, { what, owner }] of secrets) {
    for (const { form, text } of forms(value, owner)) {
      if (text.length < MIN_SECRET_LENGTH) continue;
      const prefix = text.slice(0, MIN_SECRET_LENGTH);
      const list = byPrefix.get(prefix);
      if (list) list.push({ text, form, what });
      else byPrefix.set(prefix, [{ text, form, what }]);
    }
  }
  return byPrefix;
}

let cached: { size: number; index: Map<string, Needle[]> } | undefined;
function currentIndex(secrets: ReadonlyMap<string, Known>): Map<string, Needle[]> {
  if (secrets !== known) return index(secrets);
  if (!cached || cached.size !== known.size) cached = { size: known.size, index: index(known) };
  return cached.index;
}

/** Leaks of the given secrets in one step's result. */
export function scanStep(result: StepResult, secrets: ReadonlyMap<string, Known> = known): Leak[] {
  const needles = currentIndex(secrets);
  const found: Leak[] = [];
  const haystacks: { where: string; text: string }[] = [];
  result.stdout.split('\n').forEach((line, i) => {
    // The runner reads `::add-mask::value`; that line is how a secret gets masked, and it is never shown.
    if (!line.startsWith('::add-mask::')) haystacks.push({ where: `stdout line ${i + 1}`, text: line });
  });
  haystacks.push(
    { where: 'stderr', text: result.stderr },
    { where: 'GITHUB_STATE', text: result.files.state },
    { where: 'GITHUB_STEP_SUMMARY', text: result.files.summary },
  );
  for (const h of haystacks) {
    const seen = new Set<Needle>();
    for (let i = 0; i + MIN_SECRET_LENGTH <= h.text.length; i++) {
      for (const needle of needles.get(h.text.slice(i, i + MIN_SECRET_LENGTH)) ?? []) {
        if (seen.has(needle) || !h.text.startsWith(needle.text, i)) continue;
        seen.add(needle);
        found.push({ secret: needle.what, form: needle.form, where: h.where });
      }
    }
  }
  return found;
}

export interface ScanReport {
  readonly steps: number;
  readonly secrets: number;
  readonly leaks: (Leak & { step: string })[];
}

/** Scans every step recorded so far against every secret seen so far. */
export function scanRecorded(steps: readonly RecordedStep[] = recordedSteps): ScanReport {
  snapshotEmulators();
  for (const record of steps) watchStep(record);
  const leaks: (Leak & { step: string })[] = [];
  steps.forEach((record, i) => {
    for (const leak of scanStep(record.result))
      leaks.push({ ...leak, step: `step ${i + 1} (${record.step})` });
  });
  return { steps: steps.length, secrets: known.size, leaks };
}

export function formatLeaks(leaks: readonly (Leak & { step: string })[]): string {
  return leaks.map((l) => `${l.step}: ${l.secret} (${l.form}) in ${l.where}`).join('\n');
}

/** Throws, listing every leak, when any step leaked. */
export function assertNoLeaks(): ScanReport {
  const report = scanRecorded();
  if (report.leaks.length > 0)
    throw new Error(
      `Leak scan: ${report.leaks.length} leak(s) in ${report.steps} step(s):\n${formatLeaks(report.leaks)}`,
    );
  return report;
}

let installed = false;
/** After every step: snapshot the emulators and collect the step's secrets. Idempotent. */
export function installStepWatcher(): void {
  if (installed) return;
  installed = true;
  onStep((record) => {
    snapshotEmulators();
    watchStep(record);
  });
}
