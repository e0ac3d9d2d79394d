// Generated parts of the README, between <!-- NAME:start --> and <!-- NAME:end --> markers:
// inputs and outputs (from action.yml), presets (from src/data/presets.ts) and the bad-input
// troubleshooting table (from test/cases/bad-inputs.ts, with the messages the action really prints), and
// figures inside the text between <!-- NAME --> and <!-- /NAME --> (how many bad inputs that table has).
import { parse } from 'yaml';
import type { RunContext } from '../src/config.js';
import { INPUT_DEFAULTS } from '../src/defaults.js';
import { parseInputs } from '../src/inputs.js';
import { presetTable } from '../src/policy.js';
import { BAD_INPUTS, VALID } from '../test/cases/bad-inputs.js';
import { cellCount } from '../test/reliability/matrix/framework.js';
import { MODES } from '../test/reliability/matrix/modes.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function inputsTable(actionYml: string): string {
  const a = parse(actionYml) as ActionYml;
  const rows = Object.entries(a.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.required ? 'yes' : ''} | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`,
  );
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(actionYml: string): string {
  const a = parse(actionYml) as ActionYml;
  const rows = Object.entries(a.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

export function badInputsTable(): string {
  const run: RunContext = {
    eventName: 'push',
    repository: 'octo/app',
    runId: '1',
    runAttempt: '1',
    job: 'build',
  };
  const rows = BAD_INPUTS.map((c) => {
    const result = parseInputs((n) => ({ ...INPUT_DEFAULTS, ...VALID, ...c.inputs })[n] ?? '', {
      run: { ...run, eventName: c.env?.GITHUB_EVENT_NAME ?? 'push' },
      nonce: '000000',
      env: {},
    });
    const message = result.ok
      ? '(accepted!)'
      : (result.errors.find((e) => e.startsWith(`Input '${c.names}'`)) ?? result.errors[0] ?? '');
    return `| ${cell(c.title)} | \`${c.names}\` | ${cell(message)} |`;
  });
  return ['| problem | input | what the action says |', '| --- | --- | --- |', ...rows].join('\n');
}

export function sections(actionYml: string): Record<string, string> {
  return {
    inputs: inputsTable(actionYml),
    outputs: outputsTable(actionYml),
    presets: presetTable(),
    'bad-inputs': badInputsTable(),
    'bad-inputs-count': String(BAD_INPUTS.length),
    'matrix-cells': String(cellCount(MODES)),
  };
}

/** Replaces each marked section; returns the new text and the names of sections that were missing. */
export function render(
  readme: string,
  generated: Record<string, string>,
): { text: string; missing: string[] } {
  let text = readme;
  const missing: string[] = [];
  for (const [name, body] of Object.entries(generated)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    // A figure inside a sentence or table cell: <!-- NAME -->value<!-- /NAME -->.
    const inline = new RegExp(`(<!-- ${name} -->)[^<]*(<!-- /${name} -->)`);
    if (re.test(text))
      text = text.replace(re, (_m, a: string, b: string) => `${a}<!-- prettier-ignore -->\n${body}\n\n${b}`);
    else if (inline.test(text)) text = text.replace(inline, (_m, a: string, b: string) => `${a}${body}${b}`);
    else missing.push(name);
  }
  return { text, missing };
}

/** Problems that make README and action.yml disagree (the drift check). */
export function drift(readme: string, actionYml: string): string[] {
  const { text, missing } = render(readme, {
    inputs: inputsTable(actionYml),
    outputs: outputsTable(actionYml),
  });
  const problems = missing.map((m) => `README has no ${m} section`);
  if (text !== readme)
    problems.push('README inputs/outputs tables differ from action.yml: run `npm run docs`');
  return problems;
}
