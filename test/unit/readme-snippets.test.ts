// Every YAML snippet in README.md and docs/**/*.md that is a workflow (has `jobs:`) or a list of steps passes
// actionlint, and calls this action only with inputs (and reads only outputs) that action.yml declares.
// Step lists are wrapped into a minimal workflow first; a workflow without `on:` gets `on: push`.
// The workflow files themselves (.github/workflows/, docs/examples/) are checked by workflows.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  actionlint,
  actionUsageProblems,
  formatFinding,
  isOutdatedFinding,
  lintWorkflow,
  readActionYml,
} from '../harness/actionlint.js';
import { ROOT } from '../harness/action.js';

interface Block {
  /** 1-based line of the first YAML line (the one after the fence). */
  readonly line: number;
  readonly text: string;
}

interface Snippet {
  readonly label: string;
  readonly kind: 'workflow' | 'steps';
  /** A complete workflow. */
  readonly workflow: string;
  /** Add to a line number in `workflow` to get the line in the Markdown file. */
  readonly lineOffset: number;
}

/** The ```yaml / ```yml blocks of a Markdown text (fences may be indented, e.g. inside a list). */
function yamlBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(fence); j++)
      body.push(
        (lines[j] ?? '').startsWith(indent) ? (lines[j] ?? '').slice(indent.length) : (lines[j] ?? ''),
      );
    blocks.push({ line: i + 2, text: body.join('\n') + '\n' });
    i = j;
  }
  return blocks;
}

const isStep = (x: unknown): boolean => typeof x === 'object' && x !== null && ('uses' in x || 'run' in x);

/** A block as a complete workflow, or undefined when it is neither a workflow nor a list of steps. */
function toWorkflow(block: Block, label: string): Snippet | undefined {
  const doc: unknown = parse(block.text);
  if (Array.isArray(doc) && doc.length > 0 && doc.every(isStep)) {
    const header = 'on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n';
    const body = block.text
      .split('\n')
      .map((l) => (l ? '      ' + l : l))
      .join('\n');
    return { label, kind: 'steps', workflow: header + body, lineOffset: block.line - 1 - 5 };
  }
  if (typeof doc === 'object' && doc !== null && 'jobs' in doc) {
    if ('on' in doc) return { label, kind: 'workflow', workflow: block.text, lineOffset: block.line - 1 };
    return { label, kind: 'workflow', workflow: 'on: push\n' + block.text, lineOffset: block.line - 2 };
  }
  return undefined;
}

function snippetsOf(file: string, markdown: string): { snippets: Snippet[]; skipped: number } {
  const snippets: Snippet[] = [];
  let skipped = 0;
  for (const block of yamlBlocks(markdown)) {
    const s = toWorkflow(block, `${file}:${block.line}`);
    if (s) snippets.push(s);
    else skipped++;
  }
  return { snippets, skipped };
}

/** Markdown files under docs/, at any depth. */
function markdownUnder(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownUnder(`${dir}/${e.name}`) : e.name.endsWith('.md') ? [`${dir}/${e.name}`] : [],
  );
}

const DOCS = ['README.md', ...markdownUnder('docs')];
const SNIPPETS = DOCS.flatMap((file) => snippetsOf(file, readFileSync(join(ROOT, file), 'utf8')).snippets);

beforeAll(async () => {
  await actionlint(); // load the WASM once, outside any test's time
});

async function lintProblems(s: Snippet): Promise<string[]> {
  const findings = await lintWorkflow(s.workflow, s.label.split(':')[0] ?? s.label);
  return findings.filter((r) => !isOutdatedFinding(r)).map((r) => formatFinding(r, s.lineOffset));
}

describe('workflow snippets in README.md and docs/**/*.md', () => {
  it('the README shows complete workflows and step lists', () => {
    const readme = SNIPPETS.filter((s) => s.label.startsWith('README.md:'));
    expect(readme.filter((s) => s.kind === 'workflow').length).toBeGreaterThanOrEqual(2);
    expect(readme.length).toBeGreaterThanOrEqual(3);
  });

  it.each(SNIPPETS.map((s) => [s.label, s] as const))('%s passes actionlint', async (_label, s) => {
    expect(await lintProblems(s)).toEqual([]);
  });

  it.each(SNIPPETS.map((s) => [s.label, s] as const))(
    '%s passes this action only inputs action.yml declares',
    (_label, s) => {
      expect(actionUsageProblems(s.workflow)).toEqual([]);
    },
  );
});

describe('the snippet checks themselves (test/fixtures/docs/snippets.md)', () => {
  const fixture = readFileSync(join(ROOT, 'test/fixtures/docs/snippets.md'), 'utf8');
  const { snippets, skipped } = snippetsOf('snippets.md', fixture);

  it('find fenced yaml blocks, indented ones too, and keep only workflows and step lists', () => {
    expect(yamlBlocks(fixture).map((b) => b.line)).toEqual([6, 18, 32, 42, 51]);
    expect(snippets.map((s) => [s.label, s.kind])).toEqual([
      ['snippets.md:6', 'steps'],
      ['snippets.md:18', 'workflow'],
      ['snippets.md:32', 'steps'],
      ['snippets.md:42', 'steps'],
    ]);
    expect(skipped).toBe(1); // the action.yml excerpt
  });

  it('a clean step list passes both checks once wrapped', async () => {
    const [steps] = snippets;
    expect(steps?.workflow).toMatch(/^on: push\njobs:\n {2}snippet:\n/);
    expect(await lintProblems(steps!)).toEqual([]);
    expect(actionUsageProblems(steps!.workflow)).toEqual([]);
  });

  it('report actionlint findings at the line of the Markdown file', async () => {
    // Block at line 18: the expression `${{ github.nope }}` is on line 26 of snippets.md.
    expect(await lintProblems(snippets[1]!)).toEqual([
      expect.stringMatching(/^snippets\.md:26:\d+: property "nope"/),
    ]);
  });

  it('catch an input action.yml does not declare', () => {
    expect(actionUsageProblems(snippets[2]!.workflow)).toEqual([
      "jobs.snippet.steps[0] (id: twilio) passes 'permission', which action.yml does not declare",
    ]);
  });

  it('excuse only the vars context, which this actionlint predates', async () => {
    const s = snippets[3]!;
    expect((await lintWorkflow(s.workflow, 'x.yml')).some(isOutdatedFinding)).toBe(true);
    expect(await lintProblems(s)).toEqual([]);
  });

  it('check inputs against the real action.yml', () => {
    const declared = Object.keys(readActionYml().inputs);
    expect(declared).toEqual(expect.arrayContaining(['account-sid', 'permissions', 'mode']));
  });
});
