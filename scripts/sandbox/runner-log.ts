// A step's output as the runner's log shows it: workflow commands rendered, masked values as ***, the
// job summary read as text, and the step's `Run` header with its `with:` values.
// The runner's secret masker (one per job) is test/harness/masker.ts.
import { parseCommands } from '../../test/harness/action.js';
import type { Masker } from '../../test/harness/masker.js';
import { bold, cyan, dim, indent, red, say, yellow } from './terminal.js';

const showDebug = process.env.ACTIONS_STEP_DEBUG === 'true';

/** How the runner shows one line of a step's stdout; undefined: the runner shows nothing for it. */
function runnerLine(line: string, masker: Masker): string | undefined {
  const [command] = parseCommands(line);
  if (!command) return masker.mask(line);
  switch (command.command) {
    case 'add-mask':
      masker.add(command.message);
      return undefined;
    case 'warning':
      return yellow(masker.mask(`Warning: ${command.message}`));
    case 'error':
      return red(masker.mask(`Error: ${command.message}`));
    case 'notice':
      return cyan(masker.mask(`Notice: ${command.message}`));
    case 'debug':
      return showDebug ? dim(masker.mask(`##[debug]${command.message}`)) : undefined;
    case 'group':
      return bold(masker.mask(`▸ ${command.message}`));
    case 'endgroup':
    case 'save-state':
    case 'set-output':
    case 'set-env':
      return undefined;
    default:
      return masker.mask(line);
  }
}

export function printLog(stdout: string, stderr: string, masker: Masker): void {
  const lines = [...stdout.split('\n'), ...stderr.split('\n')].filter((l) => l !== '');
  for (const line of lines) {
    const shown = runnerLine(line, masker);
    if (shown !== undefined) say(indent(shown, dim('  │ ')));
  }
}

/** The job summary, Markdown read as text: headings plain, tables aligned. */
export function printSummary(markdown: string, masker: Masker): void {
  const text = masker.mask(markdown).trim();
  if (!text) return say(dim('  (no job summary)'));
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('|')) {
      if (line.trim()) out.push(line.replace(/^#+\s*/, ''));
      continue;
    }
    const rows: string[][] = [];
    for (; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) {
      const cells = (lines[i] ?? '')
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|').replace(/<br>/g, ' '));
      if (cells.every((c) => /^:?-*:?$/.test(c))) continue; // header separator or an empty header
      rows.push(cells);
    }
    i--;
    const width = Math.max(...rows.map((r) => (r[0] ?? '').length));
    for (const r of rows) out.push(`${(r[0] ?? '').padEnd(width)}  ${r.slice(1).join('  ')}`);
  }
  say(indent(out.join('\n'), dim('  ┆ ')));
}

/**
 * The step's header as the runner prints it: `Run <uses>` and the `with:` values, secrets masked.
 * `shown` holds the `with:` blocks printed so far: a repeat is shown as "as above".
 */
export function showWith(
  uses: string,
  inputs: Record<string, string>,
  masker: Masker,
  shown: Set<string>,
): void {
  const key = JSON.stringify(inputs);
  if (shown.has(key)) return say(dim(`  Run ${uses}  (with: as above)`));
  shown.add(key);
  say(dim(`  Run ${uses}`));
  say(dim('    with:'));
  for (const [k, v] of Object.entries(inputs))
    say(dim(`      ${k}: ${masker.mask(v).replace(/\n/g, '\\n')}`));
}
