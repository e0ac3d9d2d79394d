// Our runner protocol against @actions/core 3's, byte for byte (delimiters aside, which are random in both).
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutputName } from '../../src/names/outputs.js';
import { ENV, type EnvName } from '../../src/names/env.js';
import { STATE, type StateName } from '../../src/names/state.js';
import { createRunner, keyValueMessage } from '../../src/runner.js';

const normalise = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');

describe('runner protocol matches @actions/core', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runner-'));
  });
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  function files(prefix: string) {
    const f = {
      GITHUB_OUTPUT: join(dir, `${prefix}-out`),
      GITHUB_ENV: join(dir, `${prefix}-env`),
      GITHUB_STATE: join(dir, `${prefix}-state`),
      GITHUB_STEP_SUMMARY: join(dir, `${prefix}-sum`),
    };
    for (const p of Object.values(f)) writeFileSync(p, '');
    return f;
  }
  const read = (f: Record<string, string>) =>
    Object.fromEntries(Object.entries(f).map(([k, p]) => [k, normalise(readFileSync(p, 'utf8'))]));

  it('writes the same file commands', async () => {
    const ours = files('ours');
    const theirs = files('theirs');
    // Output, env and state names are typed (src/names/), so the cases use real ones.
    const values: Array<[OutputName, EnvName, StateName, string]> = [
      ['account-sid', ENV.accountSid, STATE.keySid, 'v'],
      ['secrets-written', ENV.apiSecret, STATE.secrets, 'line1\nline2'],
      ['edge', ENV.edge, STATE.twilioApiUrl, ''],
      ['deleted-keys', 'NO_PROXY', STATE.learnProxy, '50%:a,b'],
    ];

    const runner = createRunner({ ...ours }, () => undefined);
    for (const [k, name, state, v] of values) {
      runner.output(k, v);
      runner.exportVariable(name, v);
      runner.saveState(state, v);
    }
    Object.assign(process.env, theirs);
    for (const [k, name, state, v] of values) {
      core.setOutput(k, v);
      core.exportVariable(name, v);
      core.saveState(state, v);
    }
    const a = read(ours);
    const b = read(theirs);
    expect(a.GITHUB_OUTPUT).toBe(b.GITHUB_OUTPUT);
    expect(a.GITHUB_ENV).toBe(b.GITHUB_ENV);
    expect(a.GITHUB_STATE).toBe(b.GITHUB_STATE);
    expect(a.GITHUB_OUTPUT).toContain('secrets-written<<DELIM\nline1\nline2\nDELIM');
  });

  it('prints the same stdout commands', () => {
    const ours: string[] = [];
    const runner = createRunner({}, (t) => ours.push(t));
    const theirs: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((t: string | Uint8Array) => {
      theirs.push(String(t));
      return true;
    });
    const messages = ['simple', 'with\nnewline', '100% done', 'a:b,c'];
    for (const m of messages) {
      runner.warning(m);
      runner.error(m);
      runner.notice(m);
      runner.debug(m);
      runner.info(m);
      core.warning(m);
      core.error(m);
      core.notice(m);
      core.debug(m);
      core.info(m);
    }
    runner.mask('s3cr3t');
    core.setSecret('s3cr3t');
    vi.restoreAllMocks();
    expect(ours.join('')).toBe(theirs.join(''));
  });

  it('reads inputs and state as the runner passes them', () => {
    const env = { 'INPUT_ACCOUNT-SID': '  AC1  ', 'STATE_key-sid': 'v', INPUT_MODE: '' };
    Object.assign(process.env, env);
    const runner = createRunner(env, () => undefined);
    expect(runner.input('account-sid')).toBe(core.getInput('account-sid'));
    expect(runner.input('account-sid')).toBe('AC1');
    expect(runner.state(STATE.keySid)).toBe(core.getState('key-sid'));
    expect(runner.state(STATE.keySid)).toBe('v');
    expect(runner.input('missing')).toBe('');
  });

  it('masks every line of a multi-line value as well as the whole', () => {
    const out: string[] = [];
    createRunner({}, (t) => out.push(t)).mask('line-one\nline-two');
    expect(out).toEqual([
      '::add-mask::line-one%0Aline-two\n',
      '::add-mask::line-one\n',
      '::add-mask::line-two\n',
    ]);
  });

  it('refuses a value that contains its delimiter', () => {
    expect(() => keyValueMessage('k', 'x D x', 'D')).toThrow(/delimiter/);
  });

  it('appends the summary and sets a failing exit code on fail', () => {
    const f = files('sum');
    const out: string[] = [];
    const runner = createRunner(f, (t) => out.push(t));
    runner.summary('| a |');
    runner.fail('boom');
    expect(readFileSync(f.GITHUB_STEP_SUMMARY, 'utf8')).toBe('| a |\n');
    expect(out).toEqual(['::error::boom\n']);
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
  });
});
