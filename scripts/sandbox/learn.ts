// 5. learn-permissions: a standard key behind the recording proxy; the post step says what the job needed.
import { join } from 'node:path';
import { ROOT } from '../../test/harness/action.js';
import { printSummary } from './runner-log.js';
import { actionStep, postStep, runApp } from './steps.js';
import { dim, say } from './terminal.js';
import { adminInputs, chapterJob, type World } from './world.js';

export async function learnJob(w: World): Promise<void> {
  const { check, masker } = chapterJob(
    w,
    '5. Learning the permissions a job really uses (learn-permissions, push)',
    'A standard key for one run, and a local proxy that records which Twilio endpoints later steps call\n' +
      '(method, host, path template and status only). The post step prints the permissions to paste.',
  );
  const inputs = adminInputs(w, { 'learn-permissions': 'true' });
  const main = await actionStep(w, 'main', 'Configure Twilio credentials', inputs, masker);
  const state = JSON.parse(main.state['learn-proxy'] ?? '{}') as { pid?: number; port?: number };
  await runApp(
    'Run node app.mjs +15551234567  (plain twilio-node: sends an SMS, looks the number up)',
    [join(ROOT, 'test/fixtures/learn-app.mjs'), '+15551234567', 'Build #42 passed'],
    main.env,
    masker,
  );
  const post = await postStep(w, 'Post Configure Twilio credentials', inputs, masker, main);
  say(dim('  Job summary (post step):'));
  printSummary(post.summary, masker);
  const gone = !processAlive(state.pid ?? 0);
  check(main.exitCode === 0 && post.exitCode === 0, 'main and post succeeded');
  check(
    /permissions: \|\n {2}lookup\n {2}\/twilio\/messaging\/messages\/create/.test(post.summary),
    'the summary suggests lookup + /twilio/messaging/messages/create',
    post.summary,
  );
  check(
    !post.summary.includes('5551234567') && !post.summary.includes('Build #42'),
    'no phone number or message body in the summary',
  );
  check(gone && !!state.pid, `the proxy (pid ${state.pid}) is gone`);
  check(
    !w.twilio.keys(w.live.sid).some((k) => k.sid === main.outputs['api-key-sid']),
    'the learning key was deleted',
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false; // no such process: stopped
  }
}
