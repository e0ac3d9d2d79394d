// The table of modes is the only way to a mode: its keys are MODES, the modes action.yml describes and the
// modes the `mode` input accepts; each entry loads its code; no other file calls a mode's run function.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/defaults.js';
import { MODES, parseInputs } from '../../src/inputs.js';
import { INPUT_NAMES } from '../../src/inputs/names.js';
import { MODE_TABLE } from '../../src/modes/table.js';
import { ROOT } from '../harness/action.js';
import { VALID } from '../cases/bad-inputs.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
};

describe('the table of modes', () => {
  it('its keys are MODES, in order', () => {
    expect(MODES).toEqual(Object.keys(MODE_TABLE));
    expect(MODES).toEqual(['ephemeral', 'revoke', 'rotate', 'sweep', 'test']);
  });

  it("names the modes action.yml's `mode` input describes, in the same order", () => {
    // 'ephemeral (mint now, delete in the post step), revoke, rotate, sweep or test.'
    const description = action.inputs.mode?.description ?? '';
    const described = description
      .replace(/\([^)]*\)/g, '')
      .split(/,| or /)
      .map((item) => item.trim().replace(/\.$/, ''));
    expect(described).toEqual(MODES);
  });

  it('the `mode` input accepts exactly the table keys, and says so', () => {
    const parseMode = (mode: string) =>
      parseInputs((name) => ({ ...INPUT_DEFAULTS, ...VALID, mode })[name] ?? '', {
        run: { eventName: 'push', repository: 'octo/app', runId: '1', runAttempt: '1', job: 'b' },
        nonce: 'abc123',
        env: {},
      });
    const refused = parseMode('sideways');
    expect(refused.ok ? [] : refused.errors).toContain(
      `Input 'mode': 'sideways' is not one of ${MODES.map((m) => `'${m}'`).join(', ')}.`,
    );
    for (const mode of MODES) {
      const result = parseMode(mode);
      const errors = result.ok ? [] : result.errors;
      expect(
        errors.filter((e) => e.startsWith(`Input 'mode'`)),
        mode,
      ).toEqual([]);
    }
  });

  it('every entry lists only inputs action.yml declares', () => {
    expect([...INPUT_NAMES]).toEqual(Object.keys(action.inputs));
    for (const entry of Object.values(MODE_TABLE))
      for (const name of entry.inputs) expect(Object.keys(action.inputs)).toContain(name);
  });

  it.each(MODES)('%s: run() loads its mode function', async (mode) => {
    const run = await MODE_TABLE[mode].run();
    expect(typeof run).toBe('function');
    expect(run.name).toBe(`run${mode[0]?.toUpperCase()}${mode.slice(1)}`);
  });

  it('no file but the table calls or imports a mode run function', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const runNames = MODES.map((m) => `run${m[0]?.toUpperCase()}${m.slice(1)}`);
    const offenders: string[] = [];
    for (const file of files(join(ROOT, 'src'))) {
      const path = relative(ROOT, file);
      if (path === join('src', 'modes', 'table.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const name of runNames) {
        const uses = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
        const defines = new RegExp(`export (async )?function ${name}\\b`).test(text) ? 1 : 0;
        if (uses > defines) offenders.push(`${path}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
