// npm run sandbox: the action end to end against emulated Twilio and GitHub, narrated as a runner log.
//
// Three uses, each run as the runner runs it (the bundled dist/ in its own process per step, through
// test/harness/action.ts): (1) a job with a short-lived key that is also written to a repository secret,
// (2) a pull-request run that gets Twilio test credentials, (3) scheduled rotations, then a sweep.
// What is printed is what a runner log would show: workflow commands rendered (`Warning: ...`), values
// registered with ::add-mask:: (and the workflow's own secrets) replaced by *** on every later line, the
// job summary, then the emulators' state. Every invariant is checked; any failure exits 1, so this
// doubles as a smoke test.
//
// Options (environment): ACTIONS_STEP_DEBUG=true shows ::debug:: lines; NO_COLOR=1 turns colour off.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sealSecret } from '../src/github/seal.js';
import { parsePermissions } from '../src/policy.js';
import { startGitHubEmulator, type GitHubEmulator } from '../test/emulator/github/index.js';
import { startTwilioEmulator, type TwilioEmulator } from '../test/emulator/twilio/index.js';
import { leaks, parseCommands, ROOT, runStep, type StepResult } from '../test/harness/action.js';
import { Masker } from '../test/harness/masker.js';

const exec = promisify(execFile);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const REPO = 'octo/app';

// ---------------------------------------------------------------------------------------------------
// Terminal output

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1');
const dim = paint('2');
const red = paint('31');
const green = paint('32');
const yellow = paint('33');
const cyan = paint('36');
const showDebug = process.env.ACTIONS_STEP_DEBUG === 'true';

const say = (text = ''): void => console.log(text);
const heading = (title: string): void => say('\n' + bold(`▶ ${title}`));
const indent = (text: string, by = '  '): string =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
/** A chapter's title bar, then what it shows, dimmed. */
function chapter(title: string, about: string): void {
  say();
  say(bold(cyan(`━━ ${title} ${'━'.repeat(Math.max(3, 96 - title.length))}`)));
  say(indent(dim(about)));
}

// The runner's secret masker (one per job) is test/harness/masker.ts.

/** How the runner shows one line of a step's stdout; undefined: the runner shows nothing for it. */
function runnerLine(line: string, masker: Masker): string | undefined {
  const [command] = parseCommands(line);
  if (!command) return masker.mask(line);
  switch (command.command) {
    case 'add-mask':
      masker.add(command.message);
      return undefined;
    case 'warning':
      return yellow(masker.mask(`Warning: ${command.message}`));
    case 'error':
      return red(masker.mask(`Error: ${command.message}`));
    case 'notice':
      return cyan(masker.mask(`Notice: ${command.message}`));
    case 'debug':
      return showDebug ? dim(masker.mask(`##[debug]${command.message}`)) : undefined;
    case 'group':
      return bold(masker.mask(`▸ ${command.message}`));
    case 'endgroup':
    case 'save-state':
    case 'set-output':
    case 'set-env':
      return undefined;
    default:
      return masker.mask(line);
  }
}

function printLog(stdout: string, stderr: string, masker: Masker): void {
  const lines = [...stdout.split('\n'), ...stderr.split('\n')].filter((l) => l !== '');
  for (const line of lines) {
    const shown = runnerLine(line, masker);
    if (shown !== undefined) say(indent(shown, dim('  │ ')));
  }
}

/** The job summary, Markdown read as text: headings plain, tables aligned. */
function printSummary(markdown: string, masker: Masker): void {
  const text = masker.mask(markdown).trim();
  if (!text) return say(dim('  (no job summary)'));
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('|')) {
      if (line.trim()) out.push(line.replace(/^#+\s*/, ''));
      continue;
    }
    const rows: string[][] = [];
    for (; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) {
      const cells = (lines[i] ?? '')
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|').replace(/<br>/g, ' '));
      if (cells.every((c) => /^:?-*:?$/.test(c))) continue; // header separator or an empty header
      rows.push(cells);
    }
    i--;
    const width = Math.max(...rows.map((r) => (r[0] ?? '').length));
    for (const r of rows) out.push(`${(r[0] ?? '').padEnd(width)}  ${r.slice(1).join('  ')}`);
  }
  say(indent(out.join('\n'), dim('  ┆ ')));
}

// ---------------------------------------------------------------------------------------------------
// Checks

const results: Array<{ ok: boolean; name: string }> = [];
function check(ok: boolean, name: string, detail?: string): boolean {
  results.push({ ok, name });
  say(`  ${ok ? green('✓') : red('✗')} ${name}${!ok && detail ? red(` — ${detail}`) : ''}`);
  return ok;
}

// ---------------------------------------------------------------------------------------------------
// Steps as the runner shows them

const shownInputs = new Set<string>();

/** The step's header as the runner prints it: `Run <uses>` and the `with:` values, secrets masked. */
function showWith(uses: string, inputs: Record<string, string>, masker: Masker): void {
  const key = JSON.stringify(inputs);
  if (shownInputs.has(key)) return say(dim(`  Run ${uses}  (with: as above)`));
  shownInputs.add(key);
  say(dim(`  Run ${uses}`));
  say(dim('    with:'));
  for (const [k, v] of Object.entries(inputs))
    say(dim(`      ${k}: ${masker.mask(v).replace(/\n/g, '\\n')}`));
}

async function actionStep(
  step: 'main' | 'post',
  title: string,
  inputs: Record<string, string>,
  masker: Masker,
  options: { env?: Record<string, string>; state?: Record<string, string> } = {},
): Promise<StepResult> {
  const event = options.env?.GITHUB_EVENT_NAME ?? 'push';
  heading(title + dim(`  (${event} event)`));
  if (step === 'main') showWith('./', inputs, masker);
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

/** A later `run:` step: a tiny app that sends SMS with plain fetch, configured only by the env it got. */
const SEND_SMS = `// send-sms.mjs: reads only TWILIO_* from the environment (and the emulator's URL)
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
const appDir = mkdtempSync(join(tmpdir(), 'ctc-sandbox-app-'));
writeFileSync(join(appDir, 'send-sms.mjs'), SEND_SMS);

async function appStep(
  env: Record<string, string>,
  twilio: TwilioEmulator,
  to: string[],
  masker: Masker,
  intro = '',
): Promise<string[]> {
  heading((intro ? intro + ' ' : '') + 'Run node send-sms.mjs ' + to.join(' '));
  const { stdout, stderr } = await exec(process.execPath, [join(appDir, 'send-sms.mjs'), ...to], {
    env: { PATH: process.env.PATH ?? '', ...env, TWILIO_API_URL: twilio.url },
  });
  printLog(stdout, stderr, masker);
  return stdout.trim().split('\n');
}

const secretNames = ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'] as const;

/**
 * Prints the repository's secrets (decrypted by the emulator; the secret itself always shown as ***) and
 * checks them. With `masker` (the job that wrote them), also checks that the runner would mask the secret.
 */
function checkSecrets(
  github: GitHubEmulator,
  expected: Record<(typeof secretNames)[number], string>,
  what: string,
  masker?: Masker,
): void {
  const rows = secretNames.map(
    (name) => [name, github.secret({ repository: REPO }, name)?.plaintext] as const,
  );
  for (const [name, value] of rows) {
    const shown = value === undefined ? dim('(absent)') : name === 'TWILIO_API_SECRET' ? '***' : value;
    say(`  repository:${REPO}/${name} = ${shown}`);
  }
  check(
    rows.every(([name, value]) => value === expected[name]),
    `the three repository secrets decrypt to ${what}`,
    rows.map(([n, v]) => `${n} ${v === expected[n] ? 'ok' : 'differs'}`).join(', '),
  );
  const secret = rows.find(([n]) => n === 'TWILIO_API_SECRET')?.[1] ?? '';
  if (masker) check(masker.mask(secret) === '***', 'the runner masks that secret in every later log line');
}

function showKeys(twilio: TwilioEmulator, accountSid: string, note: Record<string, string> = {}): void {
  const keys = twilio.keys(accountSid);
  if (keys.length === 0) return say(`  keys alive on ${accountSid}: none`);
  say(`  keys alive on ${accountSid}:`);
  const now = twilio.clock.now().getTime();
  for (const k of keys) {
    const age = (now - k.dateCreated.getTime()) / HOUR;
    const shownAge = age >= 48 ? `${Math.round(age / 24)}d` : `${Math.round(age)}h`;
    say(
      `    ${k.sid}  ${k.type.padEnd(10)} ${(k.friendlyName ?? '').padEnd(44)} ${shownAge.padStart(4)} old${note[k.sid] ? dim('  ' + note[k.sid]) : ''}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// The three uses

interface World {
  twilio: TwilioEmulator;
  github: GitHubEmulator;
  live: { sid: string; authToken: string };
  test: { sid: string; authToken: string };
  token: string;
}

/** A new job: the runner masks the secrets the workflow references before anything runs. */
function newJob(w: World): Masker {
  const masker = new Masker();
  for (const s of [w.live.authToken, w.test.authToken, w.token]) masker.add(s);
  return masker;
}

/** The step's inputs as the README's `with:` shows them: the admin credential first, the emulator last. */
function adminInputs(w: World, inputs: Record<string, string>): Record<string, string> {
  return {
    'account-sid': w.live.sid,
    'auth-token': w.live.authToken,
    ...inputs,
    'twilio-api-url': w.twilio.url,
  };
}

/**
 * "Set up once" from the README: the admin credential stored as repository secrets. They are named
 * TWILIO_ADMIN_*, apart from the TWILIO_* secrets the action writes, and the action must leave them alone.
 */
const SETUP_SECRETS = ['TWILIO_ADMIN_ACCOUNT_SID', 'TWILIO_ADMIN_AUTH_TOKEN'] as const;

async function storeSetupSecrets(w: World): Promise<void> {
  const { keyId, key } = w.github.publicKey({ repository: REPO });
  const values = [w.live.sid, w.live.authToken];
  for (const [i, name] of SETUP_SECRETS.entries()) {
    const res = await fetch(`${w.github.url}/repos/${REPO}/actions/secrets/${name}`, {
      method: 'PUT',
      headers: { authorization: `token ${w.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ encrypted_value: await sealSecret(key, values[i] ?? ''), key_id: keyId }),
    });
    if (!res.ok) throw new Error(`sandbox: storing ${name} failed: ${res.status}`);
  }
}

function setupSecretsIntact(w: World): boolean {
  const values = [w.live.sid, w.live.authToken];
  return SETUP_SECRETS.every(
    (name, i) => w.github.secret({ repository: REPO }, name)?.plaintext === values[i],
  );
}

async function ephemeralJob(w: World): Promise<void> {
  chapter(
    '1. A job with a short-lived key, also written to a repository secret (push)',
    'The key is minted for this job with exactly the permissions asked for, handed to later steps and\n' +
      `written to the repository's secrets, then deleted with those secrets by the post step.`,
  );
  await storeSetupSecrets(w);
  say(indent(dim(`Set up once: ${SETUP_SECRETS.join(' and ')} are stored as repository secrets.`)));
  const masker = newJob(w);
  const inputs = {
    ...adminInputs(w, { permissions: 'messaging', secrets: 'repository', 'github-token': w.token }),
    'github-api-url': w.github.url,
  };
  const before = new Set(w.twilio.keys(w.live.sid).map((k) => k.sid));
  const main = await actionStep('main', 'Configure Twilio credentials', inputs, masker);
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
  heading('Emulator state during the job');
  showKeys(w.twilio, w.live.sid);
  checkSecrets(
    w.github,
    {
      TWILIO_ACCOUNT_SID: w.live.sid,
      TWILIO_API_KEY: key?.sid ?? '?',
      TWILIO_API_SECRET: key?.secret ?? '?',
    },
    'the minted key',
    masker,
  );

  const sentBefore = w.twilio.messages.length;
  const sent = await appStep(main.env, w.twilio, ['+15558675310'], masker);
  check(
    sent[0]?.startsWith('sent SM') === true && w.twilio.messages[sentBefore]?.authUser === key?.sid,
    'the later step sent an SMS with the job key',
    sent.join(' '),
  );

  const post = await actionStep('post', 'Post Configure Twilio credentials', inputs, masker, {
    state: main.state,
  });
  heading('Emulator state after the job');
  showKeys(w.twilio, w.live.sid);
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

async function pullRequestJob(w: World): Promise<void> {
  chapter(
    '2. The same step on a pull request: Twilio test credentials, no key',
    'PR code is the least trusted code a workflow runs. On pull_request* events the action hands out\n' +
      "the test credentials: they reach only Twilio's magic numbers, send nothing and cost nothing.",
  );
  const masker = newJob(w);
  const inputs = adminInputs(w, {
    permissions: 'messaging, verify',
    'test-account-sid': w.test.sid,
    'test-auth-token': w.test.authToken,
  });
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' };
  const requestsBefore = w.twilio.requests.length;
  const keysBefore = w.twilio.keys(w.live.sid).length;
  const main = await actionStep('main', 'Configure Twilio credentials', inputs, masker, { env });
  const requestsByMain = w.twilio.requests.length - requestsBefore;

  const sent = await appStep(main.env, w.twilio, ['+15558675310', '+15005550001', '+15005550002'], masker);
  const post = await actionStep('post', 'Post Configure Twilio credentials', inputs, masker, {
    state: main.state,
    env,
  });

  heading('Emulator state after the job');
  showKeys(w.twilio, w.live.sid);
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

async function rotationAndSweep(w: World): Promise<void> {
  chapter(
    '3. Scheduled maintenance: rotate a long-lived key, then sweep orphaned job keys',
    "Rotation mints the lineage's next key and writes it to the secrets consumers read. A superseded key\n" +
      'lives on for grace-period (1h) after its successor exists, so jobs that read the old secrets finish.',
  );
  const base = { ...adminInputs(w, {}), 'github-api-url': w.github.url };
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
    const result = await actionStep('main', `Rotate (${when})`, rotate, masker, {
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: `2000${i}` },
    });
    if (i === 0 && /not supported yet/.test(result.stdout)) {
      say(yellow('  rotate and sweep are not built yet: skipping this part.'));
      w.twilio.clock.set(new Date());
      return;
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
      w.github,
      { TWILIO_ACCOUNT_SID: w.live.sid, TWILIO_API_KEY: sid, TWILIO_API_SECRET: key?.secret ?? '?' },
      'the new key',
      masker,
    );
  }

  // A consumer job gets the secrets through ${{ secrets.* }}: the runner masks them, and the newest key works.
  const consumer = newJob(w);
  const read = (n: string) => w.github.secret({ repository: REPO }, n)?.plaintext ?? '';
  for (const n of secretNames) if (n !== 'TWILIO_ACCOUNT_SID') consumer.add(read(n));
  const sent = await appStep(
    Object.fromEntries(secretNames.map((n) => [n, read(n)])),
    w.twilio,
    ['+15558675310'],
    consumer,
    'A later job reads the rotated secrets:',
  );
  check(/^sent SM/.test(sent[0] ?? ''), 'the rotated key sends an SMS', sent.join(' '));

  // Orphans: a job whose runner died after main (so no post step ran), and a job that is running now.
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
  showKeys(w.twilio, w.live.sid, {
    [orphan]: '← its job died before the post step',
    [fresh]: '← its job is still running',
    [handMade.sid]: '← not made by this action',
    ...Object.fromEntries(lineage.map((s) => [s, '← rotation lineage'])),
  });

  const masker = newJob(w);
  const sweep = await actionStep('main', 'Sweep', { ...base, mode: 'sweep' }, masker, {
    env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: '40001' },
  });
  const alive = new Set(w.twilio.keys(w.live.sid).map((k) => k.sid));
  check(sweep.exitCode === 0, 'sweep succeeded');
  check(
    orphan !== '' &&
      (JSON.parse(sweep.outputs['deleted-keys'] ?? '[]') as string[]).join() === orphan &&
      !alive.has(orphan),
    'sweep deleted the orphaned key, and only it',
    `deleted-keys: ${sweep.outputs['deleted-keys']}`,
  );
  check(fresh !== '' && alive.has(fresh), 'the running job keeps its key (younger than max-age)');
  check(alive.has(handMade.sid), 'a key without the tag is never touched');
  check(alive.has(lineage[1] ?? '?') && alive.has(lineage[2] ?? '?'), 'the rotation lineage is never swept');

  heading('Final state');
  showKeys(w.twilio, w.live.sid);
  checkSecrets(
    w.github,
    {
      TWILIO_ACCOUNT_SID: w.live.sid,
      TWILIO_API_KEY: lineage[2] ?? '?',
      TWILIO_API_SECRET: w.twilio.keys(w.live.sid).find((k) => k.sid === lineage[2])?.secret ?? '?',
    },
    "the last rotation's key",
  );
}

/** A team whose data stays in the EU: a standard job key minted and deleted in IE1 with IE1's Auth Token. */
async function regionalJob(w: World): Promise<void> {
  chapter(
    '4. A job in the Ireland Region (IE1): twilio-region: ie1',
    'Credentials are regional, and restricted keys exist only in US1: the job key is a standard key,\n' +
      'made through api.dublin.ie1.twilio.com with the IE1 Auth Token, and still deleted by the post step.',
  );
  const masker = newJob(w);
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
  const main = await actionStep('main', 'configure-twilio-credentials (IE1)', inputs, masker);
  const sid = main.outputs['api-key-sid'] ?? '';
  const key = w.twilio.keys(w.live.sid).find((k) => k.sid === sid);
  check(main.exitCode === 0 && key?.region === 'ie1', 'the job key lives in IE1');
  check(
    main.env['TWILIO_REGION'] === 'ie1' && main.env['TWILIO_EDGE'] === 'dublin',
    'later steps get TWILIO_REGION=ie1 and TWILIO_EDGE=dublin',
  );
  const post = await actionStep('post', 'Post configure-twilio-credentials (IE1)', inputs, masker, {
    state: main.state,
  });
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

/** 5. learn-permissions: a standard key behind the recording proxy; the post step says what the job needed. */
async function learnJob(w: World): Promise<void> {
  chapter(
    '5. Learning the permissions a job really uses (learn-permissions, push)',
    'A standard key for one run, and a local proxy that records which Twilio endpoints later steps call\n' +
      '(method, host, path template and status only). The post step prints the permissions to paste.',
  );
  const masker = newJob(w);
  const inputs = adminInputs(w, { 'learn-permissions': 'true' });
  const main = await actionStep('main', 'Configure Twilio credentials', inputs, masker);
  const state = JSON.parse(main.state['learn-proxy'] ?? '{}') as { pid?: number; port?: number };
  heading('Run node app.mjs +15551234567  (plain twilio-node: sends an SMS, looks the number up)');
  const { stdout, stderr } = await exec(
    process.execPath,
    [join(ROOT, 'test/fixtures/learn-app.mjs'), '+15551234567', 'Build #42 passed'],
    { env: { PATH: process.env.PATH ?? '', ...main.env } },
  );
  printLog(stdout, stderr, masker);
  const post = await actionStep('post', 'Post Configure Twilio credentials', inputs, masker, {
    state: main.state,
  });
  say(dim('  Job summary (post step):'));
  printSummary(post.summary, masker);
  let gone = true;
  try {
    process.kill(state.pid ?? 0, 0);
    gone = false;
  } catch {
    // no such process: stopped
  }
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

// ---------------------------------------------------------------------------------------------------

if (!existsSync(join(ROOT, 'dist', 'main.js'))) {
  console.error('dist/main.js is missing: run `npm run bundle` first (`npm run sandbox` does).');
  process.exit(1);
}

const twilio = await startTwilioEmulator();
const github = await startGitHubEmulator();
try {
  const live = twilio.addAccount();
  const test = twilio.addTestAccount();
  github.addRepository(REPO);
  const token = 'github_pat_sandbox' + Math.random().toString(16).slice(2);
  github.addToken(token, 'write');
  const world: World = { twilio, github, live, test, token };

  say(bold('configure-twilio-credentials sandbox'));
  say(`  Twilio (emulated)  ${twilio.url}  live account ${live.sid}, test account ${test.sid}`);
  say(`  GitHub (emulated)  ${github.url}  repository ${REPO}, a token that may write secrets`);
  say(dim('  Each step runs dist/ in its own process, as the runner does. Secrets the workflow passes in'));
  say(dim('  (Auth Tokens, the GitHub token) are masked from the start, like ${{ secrets.* }} on a runner.'));

  await ephemeralJob(world);
  await pullRequestJob(world);
  await rotationAndSweep(world);
  await regionalJob(world);
  await learnJob(world);
} catch (e) {
  check(false, 'the sandbox ran to the end', e instanceof Error ? (e.stack ?? e.message) : String(e));
} finally {
  await Promise.all([twilio.close(), github.close()]);
}

const failed = results.filter((r) => !r.ok);
say();
say(bold(failed.length ? red('Some invariants failed:') : green('Every invariant held.')));
for (const f of failed) say(red(`  ✗ ${f.name}`));
say(`Sandbox: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
