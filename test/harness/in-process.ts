// Runs the bundled action (dist/index.js: its main and post) inside the test process, for tests that run
// hundreds of steps (the fault matrix): no Node start-up per step, so such a test costs its requests,
// not ~100 ms of CPU per process. What a step prints and the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE /
// GITHUB_STEP_SUMMARY files are kept in memory in the runner's formats, and the result has the same shape
// as runStep()'s, so leak scan and message checks see these steps too. The integration tests keep
// running each step as its own process (runStep), as the runner does.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { command, keyValueMessage, type Runner } from '../../src/runner.js';
import {
  DEFAULT_ENV,
  inputEnv,
  parseCommands,
  parseFileCommands,
  recordStep,
  ROOT,
  type StepOptions,
  type StepResult,
} from './action.js';

type Entry = (runner: Runner, env: Record<string, string | undefined>) => Promise<void>;

/** One call the step made on the runner, in order (what the in-process mode snapshots are made of). */
export interface RunnerCall {
  readonly call:
    'mask' | 'output' | 'env' | 'state' | 'info' | 'debug' | 'notice' | 'warning' | 'error' | 'fail';
  readonly name?: string;
  readonly value: string;
}

export interface InProcessResult extends StepResult {
  /** Every runner call, in the order the step made them (file commands included, summary excluded). */
  readonly calls: readonly RunnerCall[];
}
interface Bundle {
  readonly main: Entry;
  readonly post: Entry;
}

const ACTION_DIR = process.env.HARNESS_ACTION_DIR ?? ROOT;
// vitest.config.ts leaves dist/ to Node's own loader (server.deps.external), so the bundle runs as shipped
// and its chunks (which ncc's runtime loads relative to import.meta.url) resolve as they do on a runner.
let bundle: Promise<Bundle> | undefined;
const load = (): Promise<Bundle> =>
  (bundle ??= import(
    /* @vite-ignore */ pathToFileURL(join(ACTION_DIR, 'dist/index.js')).href
  ) as Promise<Bundle>);

/** Options of runStep() that apply in this process (no child: no signal, Node binary, wrapper or temp dir). */
export type InProcessOptions = Omit<StepOptions, 'interrupt' | 'node' | 'actionDir' | 'wrap' | 'removeTemp'>;

/** One step of the bundled action, in this process. `timeoutMs` does not apply. */
export async function runStepInProcess(
  step: 'main' | 'post',
  options: InProcessOptions = {},
): Promise<InProcessResult> {
  const { main, post } = await load();
  const calls: RunnerCall[] = [];
  const env: Record<string, string> = { ...DEFAULT_ENV, ...options.env };
  const stepEnv: Record<string, string> = { ...env, ...inputEnv(options.inputs ?? {}, env) };
  for (const [k, v] of Object.entries(options.state ?? {})) stepEnv[`STATE_${k}`] = v;
  const files = { output: '', env: '', state: '', summary: '' };
  let stdout = '';
  let exitCode = 0;
  const line = (text: string): void => {
    stdout += text + '\n';
  };
  const file = (which: 'output' | 'env' | 'state', key: string, value: string): void => {
    calls.push({ call: which, name: key, value });
    files[which] += keyValueMessage(key, value) + '\n';
  };
  const say = (call: RunnerCall['call'], value: string, text: string): void => {
    calls.push({ call, value });
    line(text);
  };
  // The runner protocol as src/runner.ts speaks it, written to memory; fail() sets this step's exit code,
  // not the test process's, and exportVariable() leaves process.env alone (steps run side by side here).
  const runner: Runner = {
    input: (name) => (stepEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    mask(value) {
      if (!value) return;
      calls.push({ call: 'mask', value });
      line(command('add-mask', value));
      for (const part of value.split(/\r?\n/).filter((p) => p && p !== value))
        line(command('add-mask', part));
    },
    output: (name, value) => file('output', name, value),
    exportVariable: (name, value) => file('env', name, value),
    saveState: (name, value) => file('state', name, value),
    state: (name) => stepEnv[`STATE_${name}`] ?? '',
    info: (message) => say('info', message, message),
    debug: (message) => say('debug', message, command('debug', message)),
    notice: (message) => say('notice', message, command('notice', message)),
    warning: (message) => say('warning', message, command('warning', message)),
    error: (message) => say('error', message, command('error', message)),
    summary(markdown) {
      files.summary += markdown + '\n';
    },
    fail(message) {
      say('fail', message, command('error', message));
      exitCode = 1;
    },
  };
  const started = performance.now();
  let stderr = '';
  try {
    await (step === 'main' ? main : post)(runner, stepEnv);
  } catch (e) {
    // The entry points catch everything; anything that escapes would have crashed the process.
    stderr = e instanceof Error ? (e.stack ?? e.message) : String(e);
    exitCode = 1;
  }
  const result: InProcessResult = {
    calls,
    exitCode,
    signal: null,
    stdout,
    stderr,
    outputs: parseFileCommands(files.output),
    env: parseFileCommands(files.env),
    state: parseFileCommands(files.state),
    summary: files.summary,
    commands: parseCommands(stdout),
    files,
    durationMs: performance.now() - started,
  };
  recordStep({ step, options, result });
  return result;
}
