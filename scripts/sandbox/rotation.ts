// 3. Scheduled maintenance: rotate a long-lived key, a later job reading the rotated secrets, then a sweep.
import { leaks, runStep } from '../../test/harness/action.js';
import { checker } from './checks.js';
import { checkSecrets, secretNames } from './repo-secrets.js';
import { actionStep, appStep } from './steps.js';
import { chapter, heading, say, yellow } from './terminal.js';
import { adminInputs, DAY, newJob, REPO, showKeys, showState, type World } from './world.js';

export async function rotationAndSweep(w: World): Promise<void> {
  chapter(
    '3. Scheduled maintenance: rotate a long-lived key, then sweep orphaned job keys',
    "Rotation mints the lineage's next key and writes it to the secrets consumers read. A superseded key\n" +
      'lives on for grace-period (1h) after its successor exists, so jobs that read the old secrets finish.',
  );
  const base = { ...adminInputs(w, {}), 'github-api-url': w.github.url };
  const lineage = await rotations(w, base);
  if (!lineage) return;
  await consumerJob(w);
  await sweep(w, base, lineage);
}

/** Three daily rotations; the lineage's key SIDs, oldest first, or undefined when rotate is not built. */
async function rotations(w: World, base: Record<string, string>): Promise<string[] | undefined> {
  const check = checker(w.session.results);
  const rotate = {
    ...base,
    mode: 'rotate',
    'friendly-name': 'ci-sms',
    permissions: 'messaging',
    secrets: 'repository',
    'github-token': w.token,
  };
  // The story starts four days ago and ends now: the emulator's clock dates the keys, while the action
  // reads "now" from the Date header of Twilio's answers, which is the real time.
  const start = Date.now() - 4 * DAY;
  w.twilio.clock.set(new Date(start));
  const lineage: string[] = [];
  for (const [i, when] of ['4 days ago', '3 days ago', '2 days ago'].entries()) {
    w.twilio.clock.set(new Date(start + i * DAY));
    const masker = newJob(w);
    const result = await actionStep(w, 'main', `Rotate (${when})`, rotate, masker, {
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: `2000${i}` },
    });
    if (i === 0 && /not supported yet/.test(result.stdout)) {
      say(yellow('  rotate and sweep are not built yet: skipping this part.'));
      w.twilio.clock.set(new Date());
      return undefined;
    }
    const sid = result.outputs['api-key-sid'] ?? '';
    lineage.push(sid);
    const key = w.twilio.keys(w.live.sid).find((k) => k.sid === sid);
    check(result.exitCode === 0 && key !== undefined, `rotation ${i + 1} minted ${sid || 'nothing'}`);
    check(leaks(result, key?.secret ?? '?').length === 0, 'the new secret appears nowhere but ::add-mask::');
    const deleted = JSON.parse(result.outputs['deleted-keys'] ?? '[]') as string[];
    const want = i === 2 ? [lineage[0]] : [];
    check(
      JSON.stringify(deleted) === JSON.stringify(want),
      i === 2
        ? `the first key is deleted (its successor is a day old); the second stays within grace`
        : i === 1
          ? `the first key stays: its successor is brand new (grace-period)`
          : 'nothing to delete on the first rotation',
      `deleted ${JSON.stringify(deleted)}`,
    );
    checkSecrets(
      w,
      { TWILIO_ACCOUNT_SID: w.live.sid, TWILIO_API_KEY: sid, TWILIO_API_SECRET: key?.secret ?? '?' },
      'the new key',
      masker,
    );
  }
  return lineage;
}

/** A consumer job gets the secrets through ${{ secrets.* }}: the runner masks them, and the newest key works. */
async function consumerJob(w: World): Promise<void> {
  const check = checker(w.session.results);
  const consumer = newJob(w);
  const read = (n: string) => w.github.secret({ repository: REPO }, n)?.plaintext ?? '';
  for (const n of secretNames) if (n !== 'TWILIO_ACCOUNT_SID') consumer.add(read(n));
  const sent = await appStep(
    w,
    Object.fromEntries(secretNames.map((n) => [n, read(n)])),
    ['+15558675310'],
    consumer,
    'A later job reads the rotated secrets:',
  );
  check(/^sent SM/.test(sent[0] ?? ''), 'the rotated key sends an SMS', sent.join(' '));
}

/** Orphans: a job whose runner died after main (so no post step ran), and a job that is running now. */
async function sweep(w: World, base: Record<string, string>, lineage: string[]): Promise<void> {
  const check = checker(w.session.results);
  heading('Two ephemeral jobs: one whose runner died two days ago (no post step), one running now');
  const job = { ...base, permissions: 'messaging:read', 'friendly-name': 'nightly' };
  const crashed = await runStep('main', { inputs: job, env: { GITHUB_RUN_ID: '30001' } });
  w.twilio.clock.set(new Date());
  const running = await runStep('main', { inputs: job, env: { GITHUB_RUN_ID: '30002' } });
  const handMade = w.twilio.addKey({
    accountSid: w.live.sid,
    type: 'standard',
    friendlyName: 'laptop of a developer',
    createdAt: new Date(Date.now() - 30 * DAY),
  });
  const orphan = crashed.outputs['api-key-sid'] ?? '';
  const fresh = running.outputs['api-key-sid'] ?? '';
  showKeys(w, {
    [orphan]: '← its job died before the post step',
    [fresh]: '← its job is still running',
    [handMade.sid]: '← not made by this action',
    ...Object.fromEntries(lineage.map((s) => [s, '← rotation lineage'])),
  });

  const masker = newJob(w);
  const result = await actionStep(w, 'main', 'Sweep', { ...base, mode: 'sweep' }, masker, {
    env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: '40001' },
  });
  const alive = new Set(w.twilio.keys(w.live.sid).map((k) => k.sid));
  check(result.exitCode === 0, 'sweep succeeded');
  check(
    orphan !== '' &&
      (JSON.parse(result.outputs['deleted-keys'] ?? '[]') as string[]).join() === orphan &&
      !alive.has(orphan),
    'sweep deleted the orphaned key, and only it',
    `deleted-keys: ${result.outputs['deleted-keys']}`,
  );
  check(fresh !== '' && alive.has(fresh), 'the running job keeps its key (younger than max-age)');
  check(alive.has(handMade.sid), 'a key without the tag is never touched');
  check(alive.has(lineage[1] ?? '?') && alive.has(lineage[2] ?? '?'), 'the rotation lineage is never swept');

  showState(w, 'Final state');
  checkSecrets(
    w,
    {
      TWILIO_ACCOUNT_SID: w.live.sid,
      TWILIO_API_KEY: lineage[2] ?? '?',
      TWILIO_API_SECRET: w.twilio.keys(w.live.sid).find((k) => k.sid === lineage[2])?.secret ?? '?',
    },
    "the last rotation's key",
  );
}
