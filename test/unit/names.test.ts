// Output, state, environment and secret names each come from one module (src/names/). action.yml's
// `outputs:` and src/names/outputs.ts must list the same names, and the runner accepts no other output,
// state or environment variable name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import { MAGIC_NUMBERS } from '../../src/modes/test.js';
import { ENV, LEARN_ENV, type EnvName } from '../../src/names/env.js';
import { OUTPUTS, type OutputName } from '../../src/names/outputs.js';
import { authTokenSecretName, keySecretNames, SECRET_SUFFIXES, secretName } from '../../src/names/secrets.js';
import { STATE, type StateName } from '../../src/names/state.js';
import { createRunner, type Runner } from '../../src/runner.js';
import { ROOT } from '../harness/action.js';

const actionOutputs = Object.keys(
  (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }).outputs,
);

describe('output names', () => {
  it('are the outputs action.yml declares, no more and no fewer', () => {
    expect(
      OUTPUTS.filter((n) => !actionOutputs.includes(n)),
      'set by the code, missing in action.yml',
    ).toEqual([]);
    expect(
      actionOutputs.filter((n) => !(OUTPUTS as readonly string[]).includes(n)),
      'declared in action.yml, missing in src/names/outputs.ts',
    ).toEqual([]);
    expect(new Set(OUTPUTS).size).toBe(OUTPUTS.length);
  });

  it('include every magic-number output of the test mode', () => {
    for (const name of Object.keys(MAGIC_NUMBERS)) expect(OUTPUTS).toContain(name);
  });

  it('are the only names Runner.output accepts', () => {
    expectTypeOf<Runner['output']>().parameter(0).toEqualTypeOf<OutputName>();
    const lines: string[] = [];
    const runner = createRunner({}, (t) => lines.push(t));
    runner.output('api-key-sid', 'SK1');
    // @ts-expect-error: a misspelt output name does not compile.
    runner.output('api-key-sd', 'SK1');
    expect(lines).toEqual(['::set-output name=api-key-sid::SK1\n', '::set-output name=api-key-sd::SK1\n']);
  });
});

describe('state names', () => {
  it('are distinct, so no two values overwrite each other', () => {
    const names = Object.values(STATE);
    expect(new Set(names).size).toBe(names.length);
  });

  it('are the only names saveState and state accept', () => {
    expectTypeOf<Runner['saveState']>().parameter(0).toEqualTypeOf<StateName>();
    expectTypeOf<Runner['state']>().parameter(0).toEqualTypeOf<StateName>();
    const runner = createRunner({ 'STATE_key-sid': 'SK1' }, () => undefined);
    expect(runner.state(STATE.keySid)).toBe('SK1');
    // @ts-expect-error: a name main never saves does not compile.
    expect(runner.state('keysid')).toBe('');
  });
});

describe('environment variable names', () => {
  const all: readonly string[] = [...Object.values(ENV), ...LEARN_ENV];

  it('are distinct', () => {
    expect(new Set(all).size).toBe(all.length);
  });

  it('are each named in the README, which tells users what later steps get', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(all.filter((name) => !readme.includes(name))).toEqual([]);
  });

  it('are the only names exportVariable accepts', () => {
    expectTypeOf<Runner['exportVariable']>().parameter(0).toEqualTypeOf<EnvName>();
    const runner = createRunner({}, () => undefined);
    const before = process.env.TWILIO_API_KEY;
    try {
      runner.exportVariable(ENV.apiKey, 'SK1');
      expect(process.env.TWILIO_API_KEY).toBe('SK1');
    } finally {
      if (before === undefined) delete process.env.TWILIO_API_KEY;
      else process.env.TWILIO_API_KEY = before;
    }
    // @ts-expect-error: a misspelt variable does not compile.
    expect(() => runner.exportVariable('TWILIO_APIKEY', 'SK1')).not.toThrow();
    delete process.env.TWILIO_APIKEY;
  });
});

describe('secret names', () => {
  it('put the key secret last, after the SIDs it belongs to', () => {
    expect(keySecretNames('CI_')).toEqual(['CI_ACCOUNT_SID', 'CI_API_KEY', 'CI_API_SECRET']);
    expect(keySecretNames('')).toEqual(['ACCOUNT_SID', 'API_KEY', 'API_SECRET']);
  });

  it('name the Auth Token secret with the same prefix', () => {
    expect(authTokenSecretName('TWILIO_')).toBe('TWILIO_AUTH_TOKEN');
  });

  it('come from the one list of suffixes', () => {
    const all = SECRET_SUFFIXES.map((s) => secretName('P_', s));
    expect(all).toEqual([...keySecretNames('P_'), authTokenSecretName('P_')]);
  });
});
