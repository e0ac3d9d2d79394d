// 4. A team whose data stays in the EU: a standard job key minted and deleted in IE1 with IE1's Auth Token.
import { actionStep, postStep } from './steps.js';
import { chapterJob, type World } from './world.js';

export async function regionalJob(w: World): Promise<void> {
  const { check, masker } = chapterJob(
    w,
    '4. A job in the Ireland Region (IE1): twilio-region: ie1',
    'Credentials are regional, and restricted keys exist only in US1: the job key is a standard key,\n' +
      'made through api.dublin.ie1.twilio.com with the IE1 Auth Token, and still deleted by the post step.',
  );
  const ie1Token = w.twilio.authTokenIn(w.live.sid, 'ie1');
  masker.add(ie1Token);
  const inputs = {
    'account-sid': w.live.sid,
    'auth-token': ie1Token,
    'twilio-region': 'ie1',
    'key-type': 'standard',
    'twilio-api-url': w.twilio.url,
  };
  const from = w.twilio.requests.length;
  const main = await actionStep(w, 'main', 'configure-twilio-credentials (IE1)', inputs, masker);
  const sid = main.outputs['api-key-sid'] ?? '';
  const key = w.twilio.keys(w.live.sid).find((k) => k.sid === sid);
  check(main.exitCode === 0 && key?.region === 'ie1', 'the job key lives in IE1');
  check(
    main.env['TWILIO_REGION'] === 'ie1' && main.env['TWILIO_EDGE'] === 'dublin',
    'later steps get TWILIO_REGION=ie1 and TWILIO_EDGE=dublin',
  );
  const post = await postStep(w, 'Post configure-twilio-credentials (IE1)', inputs, masker, main);
  check(
    post.exitCode === 0 && !w.twilio.keys(w.live.sid).some((k) => k.sid === sid),
    'the post step deleted it',
  );
  const hosts = new Set(w.twilio.requests.slice(from).map((r) => r.twilioHost));
  check(
    hosts.size === 1 && hosts.has('api.dublin.ie1.twilio.com'),
    'every request went to api.dublin.ie1.twilio.com',
    [...hosts].join(', '),
  );
}
