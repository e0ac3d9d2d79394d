// Every README example that uses this action runs on the bundled action against the emulators, as
// documented (the setup of "Set up once", the events it is written for), and emits no ::warning::, in main
// or post: warnings are for what a user must fix, and a documented happy path has nothing to fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runStep, type StepResult } from '../harness/action.js';
import { useEmulators, WRITE_TOKEN as TOKEN } from '../harness/emulators.js';

const USES = 'owner/configure-twilio-credentials@v1';

interface Example {
  readonly line: number;
  /** The action's steps, in order, as their `with:` maps. */
  readonly steps: Record<string, string>[];
  /** Events the example is written for. */
  readonly events: string[];
}

function examples(): Example[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i] ?? '')) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').startsWith('```'); j++) body.push(lines[j] ?? '');
    const doc: unknown = parse(body.join('\n'));
    const steps: Record<string, string>[] = [];
    const collect = (list: unknown) => {
      if (!Array.isArray(list)) return;
      for (const s of list as { uses?: string; with?: Record<string, unknown> }[])
        if (s?.uses === USES)
          steps.push(Object.fromEntries(Object.entries(s.with ?? {}).map(([k, v]) => [k, String(v)])));
    };
    let events = ['push'];
    if (Array.isArray(doc)) collect(doc);
    else if (doc && typeof doc === 'object' && 'jobs' in doc) {
      const on = (doc as { on?: unknown }).on;
      if (Array.isArray(on)) events = on.map(String);
      else if (on && typeof on === 'object')
        events = Object.keys(on).map((e) => (e === 'schedule' ? 'schedule' : e));
      for (const job of Object.values((doc as { jobs: Record<string, { steps?: unknown }> }).jobs))
        collect(job.steps);
    }
    if (steps.length) out.push({ line: i + 2, steps, events });
    i = j;
  }
  return out;
}

const {
  twilio,
  github,
  account: live,
  testAccount: test,
} = useEmulators({
  accounts: 'file',
  testAccount: true,
  github: { repositories: { 'octo/app': ['e2e', 'production'] } },
});

/** Fills in what the workflow's expressions would give, the way "Set up once" stores it. */
function resolve(value: string, outputs: Record<string, string>): string {
  const values: Record<string, string> = {
    'secrets.TWILIO_ADMIN_ACCOUNT_SID': live.sid,
    'secrets.TWILIO_ADMIN_AUTH_TOKEN': live.authToken,
    'secrets.TWILIO_ADMIN_IE1_AUTH_TOKEN': twilio.authTokenIn(live.sid, 'ie1'),
    'secrets.TWILIO_TEST_ACCOUNT_SID': test.sid,
    'secrets.TWILIO_TEST_AUTH_TOKEN': test.authToken,
    'secrets.SECRETS_WRITER_TOKEN': TOKEN,
    'steps.app.outputs.token': TOKEN,
    'vars.TWIML_APP_SID': `AP${'1'.repeat(32)}`,
    'needs.mint.outputs.key-sid': outputs['api-key-sid'] ?? '',
  };
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in values)) throw new Error(`README example uses \${{ ${expr} }}: teach this test its value`);
    return values[expr] as string;
  });
}

const warnings = (r: StepResult) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message);

describe('README examples emit no warning', () => {
  const all = examples();

  it('finds the examples (the first one, the multi-job one, rotation and Access Tokens)', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it.each(all.flatMap((ex) => ex.events.map((event) => [ex.line, event, ex] as const)))(
    'README line %i on %s',
    async (_line, event, ex) => {
      let outputs: Record<string, string> = {};
      for (const step of ex.steps) {
        const inputs = Object.fromEntries(Object.entries(step).map(([k, v]) => [k, resolve(v, outputs)]));
        const options = {
          inputs: { ...inputs, 'twilio-api-url': twilio.url, 'github-api-url': github.url },
          env: { GITHUB_EVENT_NAME: event },
        };
        const main = await runStep('main', options);
        expect(main.exitCode, main.stdout).toBe(0);
        expect(warnings(main)).toEqual([]);
        const post = await runStep('post', { ...options, state: main.state });
        expect(post.exitCode).toBe(0);
        expect(warnings(post)).toEqual([]);
        outputs = main.outputs;
      }
    },
  );
});
