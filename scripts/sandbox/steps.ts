// Steps as the runner runs and shows them: the action's main and post steps (dist/ in a process of
// their own, through test/harness/action.ts) and later `run:` steps that only see the env they got.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runStep, type StepResult } from '../../test/harness/action.js';
import type { Masker } from '../../test/harness/masker.js';
import { printLog, printSummary, showWith } from './runner-log.js';
import { dim, heading, red, say } from './terminal.js';
import type { World } from './world.js';

const exec = promisify(execFile);

export async function actionStep(
  w: World,
  step: 'main' | 'post',
  title: string,
  inputs: Record<string, string>,
  masker: Masker,
  options: { env?: Record<string, string>; state?: Record<string, string> } = {},
): Promise<StepResult> {
  const event = options.env?.GITHUB_EVENT_NAME ?? 'push';
  heading(title + dim(`  (${event} event)`));
  if (step === 'main') showWith('./', inputs, masker, w.session.shownInputs);
  const result = await runStep(step, {
    inputs,
    ...(options.env ? { env: options.env } : {}),
    ...(options.state ? { state: options.state } : {}),
  });
  printLog(result.stdout, result.stderr, masker);
  if (result.exitCode !== 0) say(red(`  Error: Process completed with exit code ${result.exitCode}.`));
  if (step === 'main' && result.summary.trim()) {
    say(dim('  Job summary:'));
    printSummary(result.summary, masker);
  }
  return result;
}

/** The post step of the job whose main step was `main`: same inputs, main's saved state. */
export function postStep(
  w: World,
  title: string,
  inputs: Record<string, string>,
  masker: Masker,
  main: StepResult,
  env?: Record<string, string>,
): Promise<StepResult> {
  return actionStep(w, 'post', title, inputs, masker, { state: main.state, ...(env ? { env } : {}) });
}

/** A `run: node <argv>` step headed `title`, given PATH and `env` only; returns its stdout lines. */
export async function runApp(
  title: string,
  argv: string[],
  env: Record<string, string>,
  masker: Masker,
): Promise<string[]> {
  heading(title);
  const { stdout, stderr } = await exec(process.execPath, argv, {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  printLog(stdout, stderr, masker);
  return stdout.trim().split('\n');
}

/** A later `run:` step: a tiny app that sends SMS with plain fetch, configured only by the env it got. */
export const SEND_SMS = `// send-sms.mjs: reads only TWILIO_* from the environment (and the emulator's URL)
const { TWILIO_ACCOUNT_SID: account, TWILIO_API_KEY: user, TWILIO_API_SECRET: pass, TWILIO_API_URL: api } = process.env;
const auth = 'Basic ' + Buffer.from(user + ':' + pass).toString('base64');
for (const to of process.argv.slice(2)) {
  const res = await fetch(api + '/2010-04-01/Accounts/' + account + '/Messages.json', {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ From: '+15005550006', To: to, Body: 'Build #42 passed' }),
  });
  const body = await res.json();
  console.log(res.ok ? 'sent ' + body.sid + ' to ' + to + ' (' + body.status + ')' : 'failed to send to ' + to + ': ' + res.status + ' / Twilio error ' + body.code);
}
`;

/** Writes send-sms.mjs to a new temporary folder and returns the folder. */
export function writeApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctc-sandbox-app-'));
  writeFileSync(join(dir, 'send-sms.mjs'), SEND_SMS);
  return dir;
}

/** send-sms.mjs to each of `to`, with `env` and the emulator's URL; returns one line per number. */
export function appStep(
  w: World,
  env: Record<string, string>,
  to: string[],
  masker: Masker,
  intro = '',
): Promise<string[]> {
  return runApp(
    (intro ? intro + ' ' : '') + 'Run node send-sms.mjs ' + to.join(' '),
    [join(w.session.appDir, 'send-sms.mjs'), ...to],
    { ...env, TWILIO_API_URL: w.twilio.url },
    masker,
  );
}
