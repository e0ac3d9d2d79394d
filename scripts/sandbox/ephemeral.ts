// 1. A job with a short-lived key that is also written to a repository secret (push).
import { parsePermissions } from '../../src/policy.js';
import { leaks } from '../../test/harness/action.js';
import { checkSecrets, setupSecretsIntact, SETUP_SECRETS, storeSetupSecrets } from './repo-secrets.js';
import { actionStep, appStep, postStep } from './steps.js';
import { dim, indent, say } from './terminal.js';
import { adminInputs, chapterJob, REPO, showState, type World } from './world.js';

export async function ephemeralJob(w: World): Promise<void> {
  const { check, masker } = chapterJob(
    w,
    '1. A job with a short-lived key, also written to a repository secret (push)',
    'The key is minted for this job with exactly the permissions asked for, handed to later steps and\n' +
      `written to the repository's secrets, then deleted with those secrets by the post step.`,
  );
  await storeSetupSecrets(w);
  say(indent(dim(`Set up once: ${SETUP_SECRETS.join(' and ')} are stored as repository secrets.`)));
  const inputs = {
    ...adminInputs(w, { permissions: 'messaging', secrets: 'repository', 'github-token': w.token }),
    'github-api-url': w.github.url,
  };
  const before = new Set(w.twilio.keys(w.live.sid).map((k) => k.sid));
  const main = await actionStep(w, 'main', 'Configure Twilio credentials', inputs, masker);
  const minted = w.twilio.keys(w.live.sid).filter((k) => !before.has(k.sid));
  const key = minted[0];
  const secret = main.outputs['api-key-secret'] ?? '';

  check(main.exitCode === 0, 'main step succeeded', `exit code ${main.exitCode}`);
  check(minted.length === 1, 'exactly one key was minted', `${minted.length} keys`);
  const expected = parsePermissions('messaging').value;
  check(
    key?.type === 'restricted' && JSON.stringify(key.policy) === JSON.stringify(expected),
    'it is a restricted key holding exactly the messaging preset',
    `${key?.type} ${JSON.stringify(key?.policy)}`,
  );
  check(main.commands[0]?.command === 'add-mask', 'the first workflow command is ::add-mask:: of the secret');
  check(
    secret === key?.secret && leaks(main, secret).length === 0,
    'the secret appears nowhere but ::add-mask:: (stdout, state, summary)',
    leaks(main, secret).join(', '),
  );
  check(
    main.env.TWILIO_API_KEY === key?.sid && main.env.TWILIO_API_SECRET === secret,
    'TWILIO_ACCOUNT_SID, TWILIO_API_KEY, TWILIO_API_SECRET exported to later steps',
  );
  showState(w, 'Emulator state during the job');
  checkSecrets(
    w,
    {
      TWILIO_ACCOUNT_SID: w.live.sid,
      TWILIO_API_KEY: key?.sid ?? '?',
      TWILIO_API_SECRET: key?.secret ?? '?',
    },
    'the minted key',
    masker,
  );

  const sentBefore = w.twilio.messages.length;
  const sent = await appStep(w, main.env, ['+15558675310'], masker);
  check(
    sent[0]?.startsWith('sent SM') === true && w.twilio.messages[sentBefore]?.authUser === key?.sid,
    'the later step sent an SMS with the job key',
    sent.join(' '),
  );

  const post = await postStep(w, 'Post Configure Twilio credentials', inputs, masker, main);
  showState(w, 'Emulator state after the job');
  say(
    `  repository:${REPO} secrets: ${
      w.github
        .secrets()
        .map((s) => s.name)
        .join(', ') || 'none'
    }`,
  );
  check(post.exitCode === 0, 'post step succeeded');
  check(
    key !== undefined && !w.twilio.keys(w.live.sid).some((k) => k.sid === key.sid),
    'the key is deleted after the post step',
  );
  check(
    w.github.secrets().every((s) => (SETUP_SECRETS as readonly string[]).includes(s.name)),
    'the secrets this run wrote are deleted after the post step',
  );
  check(setupSecretsIntact(w), `${SETUP_SECRETS.join(' and ')} (not the action's) are untouched`);
  check(leaks(post, secret).length === 0, 'the post step never prints the secret');
}
