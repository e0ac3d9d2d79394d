// The GitHub Actions runner protocol: inputs from INPUT_*, state from STATE_*, workflow commands on
// stdout, and the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_STEP_SUMMARY files.
//
// Why not @actions/core: its import loads undici for OIDC, ~100 ms of start-up and ~1 MB of bundle
// (measured; see BENCHMARKS.md), more than the rest of this action. What we use of it is this file.
// test/unit/runner.test.ts checks byte for byte that we write what @actions/core 3 writes.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { OutputName } from './names/outputs.js';
import type { StateName } from './names/state.js';
import type { EnvName } from './names/env.js';
import { withoutUrlCredentials as clean } from './validators.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface Runner extends Log {
  input(name: string): string;
  /** Registers a value with the runner's masker; every line of a multi-line value is masked too. */
  mask(value: string): void;
  /** Only the outputs action.yml declares (src/names/outputs.ts). */
  output(name: OutputName, value: string): void;
  /** Only the names of src/names/env.ts. */
  exportVariable(name: EnvName, value: string): void;
  /** Only the names of src/names/state.ts, so main and post agree on them. */
  saveState(name: StateName, value: string): void;
  state(name: StateName): string;
  notice(message: string): void;
  error(message: string): void;
  summary(markdown: string): void;
  /** Logs the error and makes the process exit non-zero. */
  fail(message: string): void;
}

type Env = Readonly<Record<string, string | undefined>>;
type Write = (text: string) => void;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function command(name: string, message: string, properties: Record<string, string> = {}): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  return `::${name}${props ? ' ' + props : ''}::${escapeData(message)}`;
}

export function keyValueMessage(
  key: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  // The delimiter is random, so a value cannot end the heredoc early and inject other variables.
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the value of ${key} contains the delimiter`);
  }
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

export function createRunner(env: Env = process.env, write: Write = (t) => process.stdout.write(t)): Runner {
  const line = (text: string): void => write(text + EOL);

  function fileCommand(file: 'OUTPUT' | 'ENV' | 'STATE', key: string, value: string, legacy: string): void {
    const path = env[`GITHUB_${file}`];
    if (path) appendFileSync(path, keyValueMessage(key, value) + EOL, 'utf8');
    else line(command(legacy, value, { name: key }));
  }

  return {
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    mask(value) {
      if (!value) return;
      line(command('add-mask', value));
      const parts = value.split(/\r?\n/).filter((p) => p && p !== value);
      for (const part of parts) line(command('add-mask', part));
    },
    output: (name, value) => fileCommand('OUTPUT', name, value, 'set-output'),
    exportVariable(name, value) {
      process.env[name] = value;
      fileCommand('ENV', name, value, 'set-env');
    },
    saveState: (name, value) => fileCommand('STATE', name, value, 'save-state'),
    state: (name) => env[`STATE_${name}`] ?? '',
    // Messages never echo user:password@ from a URL, whatever error text they quote.
    info: (message) => line(clean(message)),
    debug: (message) => line(command('debug', clean(message))),
    notice: (message) => line(command('notice', clean(message))),
    warning: (message) => line(command('warning', clean(message))),
    error: (message) => line(command('error', clean(message))),
    summary(markdown) {
      const path = env['GITHUB_STEP_SUMMARY'];
      if (path) appendFileSync(path, markdown + EOL, 'utf8');
    },
    fail(message) {
      line(command('error', clean(message)));
      process.exitCode = 1;
    },
  };
}
