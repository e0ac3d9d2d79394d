// Runs the bundled action the way the GitHub runner does: each step a separate Node process, inputs as
// INPUT_* (action.yml defaults filled in), the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE /
// GITHUB_STEP_SUMMARY files, and the state main saved handed to post as STATE_*.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../..');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  runs: { main: string; post: string };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

export const INPUT_NAMES = Object.keys(action.inputs);

/**
 * Directory holding the bundle to run (its `dist/`): the repository by default. HARNESS_ACTION_DIR points
 * at another bundle, e.g. one of work in progress, or a copy that stays put while dist/ is rebuilt.
 */
const ACTION_DIR = process.env.HARNESS_ACTION_DIR ?? ROOT;

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

export interface StepResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly env: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  readonly commands: WorkflowCommand[];
  /** Raw contents of the files, for leak scans. */
  readonly files: { output: string; env: string; state: string; summary: string };
  readonly durationMs: number;
  /** performance.now() when the step started (runStep: just before the spawn); ends durationMs later. */
  readonly startedAt?: number;
}

export interface StepOptions {
  readonly inputs?: Record<string, string>;
  /** GITHUB_* and other variables; defaults describe a push run of octo/app. */
  readonly env?: Record<string, string>;
  /** STATE_* for the post step. */
  readonly state?: Record<string, string>;
  /**
   * Send this signal once stdout matches `after`, `after` ms after the start, or when the promise settles
   * (the runner sends SIGINT on cancel).
   */
  readonly interrupt?: {
    readonly after: RegExp | number | Promise<unknown>;
    readonly signal?: NodeJS.Signals;
  };
  readonly timeoutMs?: number;
  /** Node binary; HARNESS_NODE overrides (e.g. a Node 24 binary). */
  readonly node?: string;
  /** Directory holding the bundle to run (default: HARNESS_ACTION_DIR, else the repository). */
  readonly actionDir?: string;
  /** The command line to run instead of `[node, script]`, e.g. under /usr/bin/time (scripts/bench.ts). */
  readonly wrap?: (argv: readonly string[]) => readonly string[];
  /** Remove the step's temporary directory (RUNNER_TEMP and the runner files) once read. */
  readonly removeTemp?: boolean;
}

export const DEFAULT_ENV: Record<string, string> = {
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_REPOSITORY_OWNER: 'octo',
  GITHUB_RUN_ID: '12345678901',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'build',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_SERVER_URL: 'https://github.com',
  RUNNER_OS: 'Linux',
};

/** Parses the runner's `name<<delimiter` file format. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const unescape = (s: string) =>
    s
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%');
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    out.push({ command: m[1] ?? '', properties, message: unescape(m[3] ?? '') });
  }
  return out;
}

/** INPUT_* for every input of action.yml: the test's value, else the default (as the runner does). */
export function inputEnv(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    // The runner evaluates expressions in defaults; the only one we use is github.api_url.
    const fallback = (spec.default ?? '').replace('${{ github.api_url }}', env.GITHUB_API_URL ?? '');
    out[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? fallback;
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in action.inputs)) throw new Error(`test passes unknown input '${name}'`);
  }
  return out;
}

export async function runStep(step: 'main' | 'post', options: StepOptions = {}): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ctc-step-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Record<string, string> = { ...DEFAULT_ENV, ...options.env };
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    ...files,
    ...env,
    ...inputEnv(options.inputs ?? {}, env),
  };
  for (const [k, v] of Object.entries(options.state ?? {})) childEnv[`STATE_${k}`] = v;
  const node = options.node ?? process.env.HARNESS_NODE ?? process.execPath;
  const argv = [node, join(options.actionDir ?? ACTION_DIR, action.runs[step])];
  const [command = node, ...args] = options.wrap ? options.wrap(argv) : argv;
  const started = performance.now();
  const child = spawn(command, args, {
    env: childEnv,
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  const interrupt = (): void => {
    if (interrupted || !options.interrupt) return;
    interrupted = true;
    child.kill(options.interrupt.signal ?? 'SIGINT');
  };
  const after = options.interrupt?.after;
  const timer = typeof after === 'number' ? setTimeout(interrupt, after) : undefined;
  if (after instanceof Promise) after.then(interrupt, interrupt);
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (after instanceof RegExp && after.test(stdout)) interrupt();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  });
  const closedAt = performance.now();
  clearTimeout(timeout);
  clearTimeout(timer);
  const read = (p: string) => readFileSync(p, 'utf8');
  const raw = {
    output: read(files.GITHUB_OUTPUT),
    env: read(files.GITHUB_ENV),
    state: read(files.GITHUB_STATE),
    summary: read(files.GITHUB_STEP_SUMMARY),
  };
  if (options.removeTemp) rmSync(dir, { recursive: true, force: true });
  const result: StepResult = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(raw.output),
    env: parseFileCommands(raw.env),
    state: parseFileCommands(raw.state),
    summary: raw.summary,
    commands: parseCommands(stdout),
    files: raw,
    durationMs: closedAt - started,
    startedAt: started,
  };
  recordStep({ step, options, result });
  return result;
}

/** Adds a step to recordedSteps and tells the listeners (also used by test/harness/in-process.ts). */
export function recordStep(record: RecordedStep): void {
  recordedSteps.push(record);
  for (const listener of stepListeners) listener(record);
}

export interface RecordedStep {
  readonly step: 'main' | 'post';
  readonly options: StepOptions;
  readonly result: StepResult;
}

/** Every step this test file ran, in order: test/harness/leak-scan.ts scans them after the file. */
export const recordedSteps: RecordedStep[] = [];
const stepListeners: ((step: RecordedStep) => void)[] = [];

/** Calls `listener` after every step; returns a function that stops it. */
export function onStep(listener: (step: RecordedStep) => void): () => void {
  stepListeners.push(listener);
  return () => {
    const i = stepListeners.indexOf(listener);
    if (i >= 0) stepListeners.splice(i, 1);
  };
}

/** main, then post with main's state, as one job. */
export async function runJob(options: StepOptions = {}): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runStep('main', options);
  const { interrupt: _ignored, ...rest } = options;
  const post = await runStep('post', { ...rest, state: main.state });
  return { main, post };
}

/** The value occurs in stdout only inside ::add-mask:: lines, and the first add-mask of it comes before any other use. */
export function leaks(result: StepResult, secret: string): string[] {
  const found: string[] = [];
  const forms = [
    secret,
    Buffer.from(secret).toString('base64'),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ];
  const lines = result.stdout.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('::add-mask::')) return;
    for (const f of forms) if (f && line.includes(f)) found.push(`stdout line ${i + 1}`);
  });
  for (const f of forms) {
    if (result.stderr.includes(f)) found.push('stderr');
    if (result.files.state.includes(f)) found.push('GITHUB_STATE');
    if (result.files.summary.includes(f)) found.push('GITHUB_STEP_SUMMARY');
  }
  return found;
}
