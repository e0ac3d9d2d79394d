// One in-process scenario of the bundled action: fresh emulators (test/reliability/support.ts's cell),
// the steps run in this process (test/harness/in-process.ts), and the normalised transcript of what they
// told the runner and which requests they made (test/harness/transcript.ts), for toMatchSnapshot().
import { expect, it } from 'vitest';
import { runStepInProcess, type InProcessOptions, type InProcessResult } from '../harness/in-process.js';
import { transcript, type TranscriptStep } from '../harness/transcript.js';
import { startCell, type Cell } from '../reliability/support.js';

export {
  envScope,
  githubInputs,
  H,
  repoScope,
  seedSecret,
  triple,
  twilioInputs,
} from '../reliability/support.js';
export type { Cell };

type Options = InProcessOptions;

export interface Run {
  readonly cell: Cell;
  /** Runs one step in this process and adds it to the transcript under `title`. */
  step(step: 'main' | 'post', options: Options, title?: string): Promise<InProcessResult>;
  /** main, then post with main's state (and the same inputs and env), as one job. */
  job(options: Options): Promise<{ main: InProcessResult; post: InProcessResult }>;
  /** Names the scenario gives values it seeded (a SID -> `<K1>`). */
  name(value: string, as: string): void;
}

/** Runs `body` against fresh emulators and returns the transcript of its steps and requests. */
export async function scenario(body: (run: Run) => Promise<void>): Promise<string> {
  const cell = await startCell();
  const steps: TranscriptStep[] = [];
  const names: Record<string, string> = {
    [cell.account.sid]: 'ACCOUNT_SID',
    [cell.twilio.url]: 'TWILIO_URL',
    [cell.github.url]: 'GITHUB_URL',
  };
  // Seeding (secrets written through the API) is not the action's doing: only later requests count.
  let from = { twilio: 0, github: 0 };
  const step: Run['step'] = async (which, options, title = which) => {
    if (steps.length === 0)
      from = { twilio: cell.twilio.requests.length, github: cell.github.requests.length };
    const result = await runStepInProcess(which, options);
    steps.push({ title, result });
    return result;
  };
  const run: Run = {
    cell,
    step,
    async job(options) {
      const main = await step('main', options);
      const post = await step('post', { ...options, state: main.state });
      return { main, post };
    },
    name(value, as) {
      names[value] = as;
    },
  };
  try {
    await body(run);
    return transcript({
      steps,
      twilio: cell.twilio.requests.slice(from.twilio),
      github: cell.github.requests.slice(from.github),
      names,
    });
  } finally {
    await cell.close();
  }
}

/** A test that runs the scenario and matches its transcript against the snapshot file. */
export function snapshot(title: string, body: (run: Run) => Promise<void>): void {
  it(title, async () => {
    expect(await scenario(body)).toMatchSnapshot();
  });
}
