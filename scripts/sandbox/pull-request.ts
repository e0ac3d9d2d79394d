// 2. The same step on a pull request: Twilio test credentials, no key minted.
import { leaks } from '../../test/harness/action.js';
import { actionStep, appStep, postStep } from './steps.js';
import { adminInputs, chapterJob, showState, type World } from './world.js';

export async function pullRequestJob(w: World): Promise<void> {
  const { check, masker } = chapterJob(
    w,
    '2. The same step on a pull request: Twilio test credentials, no key',
    'PR code is the least trusted code a workflow runs. On pull_request* events the action hands out\n' +
      "the test credentials: they reach only Twilio's magic numbers, send nothing and cost nothing.",
  );
  const inputs = adminInputs(w, {
    permissions: 'messaging, verify',
    'test-account-sid': w.test.sid,
    'test-auth-token': w.test.authToken,
  });
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' };
  const requestsBefore = w.twilio.requests.length;
  const keysBefore = w.twilio.keys(w.live.sid).length;
  const main = await actionStep(w, 'main', 'Configure Twilio credentials', inputs, masker, { env });
  const requestsByMain = w.twilio.requests.length - requestsBefore;

  const sent = await appStep(w, main.env, ['+15558675310', '+15005550001', '+15005550002'], masker);
  const post = await postStep(w, 'Post Configure Twilio credentials', inputs, masker, main, env);

  showState(w, 'Emulator state after the job');
  const keyCreates = w.twilio.requests
    .slice(requestsBefore)
    .filter((r) => r.method === 'POST' && r.path === '/v1/Keys');
  check(main.exitCode === 0 && post.exitCode === 0, 'main and post succeeded');
  check(main.outputs['credential-type'] === 'test-credentials', 'credential-type is test-credentials');
  check(
    keyCreates.length === 0 && w.twilio.keys(w.live.sid).length === keysBefore && requestsByMain === 0,
    'nothing was minted: the main step sent no request to Twilio at all',
    `${requestsByMain} requests, ${keyCreates.length} key creates`,
  );
  check(
    main.env.TWILIO_API_KEY === w.test.sid && main.env.TWILIO_API_SECRET === w.test.authToken,
    'TWILIO_API_KEY / TWILIO_API_SECRET are the test credentials (API-key clients work unchanged)',
  );
  check(
    leaks(main, w.test.authToken).length === 0 && leaks(main, w.live.authToken).length === 0,
    'neither Auth Token appears outside ::add-mask::',
  );
  check(
    /^sent SM/.test(sent[0] ?? '') && /21211/.test(sent[1] ?? '') && /21612/.test(sent[2] ?? ''),
    'the app sees the magic outcomes: a send, then errors 21211 and 21612',
    sent.join(' | '),
  );
  check(/Nothing to clean up/.test(post.stdout), 'the post step had nothing to clean up');
}
