// The normalised transcript of a scenario, for the in-process mode snapshots (test/modes/): what each
// step told the runner, in order (masks, outputs, exported variables, state, notices, warnings, errors,
// the job summary), then the requests each emulator received (method, path, status). Random parts
// become placeholders: secrets by what they are (`<key <SK#1> secret>`), SIDs numbered in order of
// first appearance (`<SK#1>`) or named by the scenario (`<K1>`), nonces, times and URLs. A mask the
// action stops registering, a state value it stops saving or a request it adds all change the text.
import type { RequestRecord as GitHubRequest } from '../emulator/github/index.js';
import type { RequestRecord as TwilioRequest } from '../emulator/twilio/index.js';
import type { InProcessResult, RunnerCall } from './in-process.js';
import { watchedSecrets } from './leak-scan.js';

export interface TranscriptStep {
  readonly title: string;
  readonly result: InProcessResult;
}

export interface TranscriptInput {
  readonly steps: readonly TranscriptStep[];
  readonly twilio?: readonly TwilioRequest[];
  readonly github?: readonly GitHubRequest[];
  /** Values the scenario names itself (value -> name): seeded key SIDs, emulator URLs... */
  readonly names?: Readonly<Record<string, string>>;
}

const SID = /\b(SK|AC|PN|SM)[0-9a-f]{32}\b/g;

/** Replaces random parts with placeholders; one instance per transcript, so numbering is shared. */
export class Normaliser {
  private readonly names = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  private readonly secrets: [string, string][];

  constructor(names: Readonly<Record<string, string>> = {}) {
    for (const [value, name] of Object.entries(names)) this.names.set(value, `<${name}>`);
    // Every secret the leak scanner has seen (vitest.setup.ts watches every emulator), longest first.
    this.secrets = [...watchedSecrets()]
      .filter(([value]) => !this.names.has(value))
      .map(([value, { what }]): [string, string] => [value, what])
      .sort((a, b) => b[0].length - a[0].length);
  }

  text(raw: string): string {
    let s = raw;
    for (const [value, name] of [...this.names].sort((a, b) => b[0].length - a[0].length))
      s = s.split(value).join(name);
    for (const [value, what] of this.secrets) s = s.split(value).join(`<${what}>`);
    return s
      .replace(SID, (sid, prefix: string) => this.sid(sid, prefix))
      .replace(/(gha:[a-z]+:\d+\.\d+\.)[0-9a-f]{6}\b/g, '$1<NONCE>')
      .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<TIME>')
      .replace(/\b1\d{12}\b/g, '<EPOCH_MS>')
      .replace(/\b(request id|request ID) [0-9A-F]+(:[0-9A-F]+)+/g, '$1 <REQUEST_ID>')
      .replace(/http:\/\/127\.0\.0\.1:\d+/g, '<URL>');
  }

  private sid(sid: string, prefix: string): string {
    const known = this.names.get(sid);
    if (known) return known;
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    const name = `<${prefix}#${n}>`;
    this.names.set(sid, name);
    return name;
  }
}

function callLine(n: Normaliser, c: RunnerCall): string | undefined {
  switch (c.call) {
    case 'info':
    case 'debug':
      return undefined; // plain log lines: prose, covered by the integration tests
    case 'mask': {
      const shown = n.text(c.value);
      return `add-mask ${shown === c.value ? '<MASKED>' : shown}`;
    }
    case 'output':
    case 'env':
    case 'state':
      return `${c.call} ${c.name ?? ''}=${n.text(c.value)}`;
    default:
      return `${c.call}: ${n.text(c.value)}`;
  }
}

type Request = Pick<TwilioRequest, 'method' | 'path' | 'status'> & { authUser?: string | undefined };

/**
 * Requests the action made at once arrive in any order: each run of consecutive requests with the same
 * method is sorted, after normalising, so the log is the same every time.
 */
function requestLines(n: Normaliser, side: string, requests: readonly Request[]): string[] {
  const lines = requests.map((r) => ({
    method: r.method,
    text: `${side} ${r.method} ${n.text(decodeURIComponent(r.path))} -> ${r.status || 'no answer'}${
      r.authUser ? ` (as ${n.text(r.authUser)})` : ''
    }`,
  }));
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j]?.method === lines[i]?.method) j++;
    out.push(
      ...lines
        .slice(i, j)
        .map((l) => l.text)
        .sort(),
    );
    i = j;
  }
  return out;
}

/** The transcript as text, ready for toMatchSnapshot(). */
export function transcript(input: TranscriptInput): string {
  const n = new Normaliser(input.names);
  const out: string[] = [];
  for (const { title, result } of input.steps) {
    out.push(`== ${title} (exit ${result.exitCode})`);
    for (const c of result.calls) {
      const line = callLine(n, c);
      if (line !== undefined) out.push(`  ${line}`);
    }
    const summary = result.summary.trim();
    if (summary)
      out.push(
        '  summary:',
        ...n
          .text(summary)
          .split('\n')
          .map((l) => `    ${l}`),
      );
    if (result.stderr) out.push(`  stderr: ${n.text(result.stderr)}`);
  }
  const twilio = requestLines(n, 'twilio', input.twilio ?? []);
  const github = requestLines(n, 'github', input.github ?? []);
  out.push(`== requests (${twilio.length + github.length})`, ...[...twilio, ...github].map((l) => `  ${l}`));
  return out.join('\n') + '\n';
}
