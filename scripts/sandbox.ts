// npm run sandbox: the action end to end against emulated Twilio and GitHub, narrated as a runner log.
//
// Three uses, each run as the runner runs it (the bundled dist/ in its own process per step, through
// test/harness/action.ts): (1) a job with a short-lived key that is also written to a repository secret,
// (2) a pull-request run that gets Twilio test credentials, (3) scheduled rotations, then a sweep; then
// (4) a job in the IE1 region and (5) learn-permissions.
// What is printed is what a runner log would show: workflow commands rendered (`Warning: ...`), values
// registered with ::add-mask:: (and the workflow's own secrets) replaced by *** on every later line, the
// job summary, then the emulators' state. Every invariant is checked; any failure exits 1, so this
// doubles as a smoke test. This file only wires the parts in scripts/sandbox/: one module per chapter,
// plus the terminal, the runner's log, the checks, the steps, the world and the run's session.
//
// Options (environment): ACTIONS_STEP_DEBUG=true shows ::debug:: lines; NO_COLOR=1 turns colour off.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubEmulator } from '../test/emulator/github/index.js';
import { startTwilioEmulator } from '../test/emulator/twilio/index.js';
import { ROOT } from '../test/harness/action.js';
import { checker, report } from './sandbox/checks.js';
import { ephemeralJob } from './sandbox/ephemeral.js';
import { learnJob } from './sandbox/learn.js';
import { pullRequestJob } from './sandbox/pull-request.js';
import { regionalJob } from './sandbox/regional.js';
import { rotationAndSweep } from './sandbox/rotation.js';
import { newSession } from './sandbox/session.js';
import { introduce, newWorld } from './sandbox/world.js';

if (!existsSync(join(ROOT, 'dist', 'main.js'))) {
  console.error('dist/main.js is missing: run `npm run bundle` first (`npm run sandbox` does).');
  process.exit(1);
}

const session = newSession();
const twilio = await startTwilioEmulator();
const github = await startGitHubEmulator();
try {
  const world = newWorld(twilio, github, session);
  introduce(world);
  for (const chapter of [ephemeralJob, pullRequestJob, rotationAndSweep, regionalJob, learnJob])
    await chapter(world);
} catch (e) {
  const check = checker(session.results);
  check(false, 'the sandbox ran to the end', e instanceof Error ? (e.stack ?? e.message) : String(e));
} finally {
  await Promise.all([twilio.close(), github.close()]);
}
process.exitCode = report(session.results) ? 1 : 0;
