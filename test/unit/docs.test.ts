// The README's generated sections (inputs, outputs, presets, bad inputs) are what `npm run docs` makes
// of action.yml and the sources today, and the drift check catches a README that disagrees with
// action.yml (shown on test/fixtures/docs/: an input missing from the table, a changed default).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drift, inputsTable, outputsTable, render, sections } from '../../scripts/docs-lib.js';
import { ROOT } from '../harness/action.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('README.md', () => {
  const readme = read('README.md');
  const actionYml = read('action.yml');

  it('has every generated section, and each is current (else: npm run docs)', () => {
    const { text, missing } = render(readme, sections(actionYml));
    expect(missing, 'sections without <!-- NAME:start --> / <!-- NAME:end --> markers').toEqual([]);
    expect(text === readme, 'README.md generated sections are stale: run `npm run docs`').toBe(true);
  });

  it('states the bad-input count the table has, generated inline', () => {
    const figure = /<!-- bad-inputs-count -->(\d+)<!-- \/bad-inputs-count -->/.exec(readme);
    const rows = /<!-- bad-inputs:start -->([\s\S]*?)<!-- bad-inputs:end -->/.exec(readme)?.[1] ?? '';
    expect(Number(figure?.[1])).toBe(
      rows
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| problem') && !l.startsWith('| ---')).length,
    );
    const stale = readme.replace(/(<!-- bad-inputs-count -->)\d+/, '$154');
    expect(render(stale, sections(actionYml)).text).toBe(readme);
  });

  it('agrees with action.yml (the drift check)', () => {
    expect(drift(readme, actionYml)).toEqual([]);
  });

  it('lists every input and output of action.yml', () => {
    const names = (table: string) => [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] ?? '');
    const absent = [...names(inputsTable(actionYml)), ...names(outputsTable(actionYml))].filter(
      (name) => !readme.includes(`| \`${name}\` |`),
    );
    expect(absent, 'inputs/outputs of action.yml missing from the README tables').toEqual([]);
  });
});

describe('the drift check (test/fixtures/docs/)', () => {
  const actionYml = read('test/fixtures/docs/action.yml');
  const drifted = read('test/fixtures/docs/README.md');

  it('the fixture really disagrees: an input is missing from the table and a default changed', () => {
    const expected = inputsTable(actionYml);
    expect(expected).toContain('| `permissions` |');
    expect(drifted).not.toContain('| `permissions` |');
    expect(expected).toContain('| `mode` |  | `ephemeral` |');
    expect(drifted).toContain('| `mode` |  | `test` |');
  });

  it('reports a README that disagrees with action.yml', () => {
    expect(drift(drifted, actionYml)).toEqual([
      'README inputs/outputs tables differ from action.yml: run `npm run docs`',
    ]);
  });

  it('reports a README without a generated section', () => {
    const noOutputs = drifted.replace(/<!-- outputs:start -->[\s\S]*<!-- outputs:end -->\n/, '');
    expect(drift(noOutputs, actionYml)).toContain('README has no outputs section');
  });

  it('reports nothing once the README is regenerated, and regenerating again changes nothing', () => {
    const generated = { inputs: inputsTable(actionYml), outputs: outputsTable(actionYml) };
    const fixed = render(drifted, generated);
    expect(fixed.missing).toEqual([]);
    expect(fixed.text).toContain('| `permissions` |');
    expect(fixed.text).toContain('| `mode` |  | `ephemeral` |');
    expect(drift(fixed.text, actionYml)).toEqual([]);
    expect(render(fixed.text, generated).text).toBe(fixed.text);
  });

  it('reports nothing for the real action.yml and a README rendered from it', () => {
    const real = read('action.yml');
    const skeleton =
      '<!-- inputs:start -->\nold\n<!-- inputs:end -->\n\n<!-- outputs:start -->\nold\n<!-- outputs:end -->\n';
    const { text } = render(skeleton, { inputs: inputsTable(real), outputs: outputsTable(real) });
    expect(drift(text, real)).toEqual([]);
    expect(drift(text, actionYml)).not.toEqual([]);
  });
});
