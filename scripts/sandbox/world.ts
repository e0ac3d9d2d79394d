// The world every chapter runs in: the two emulators, the accounts and token on them, the run's
// session, and what a job starts from (the runner's masker, the README's `with:`).
import type { GitHubEmulator } from '../../test/emulator/github/index.js';
import type { TwilioEmulator } from '../../test/emulator/twilio/index.js';
import { Masker } from '../../test/harness/masker.js';
import { checker, type Check } from './checks.js';
import type { Session } from './session.js';
import { bold, chapter, dim, heading, say } from './terminal.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const REPO = 'octo/app';

export interface World {
  twilio: TwilioEmulator;
  github: GitHubEmulator;
  live: { sid: string; authToken: string };
  test: { sid: string; authToken: string };
  token: string;
  session: Session;
}

/** A live and a test account on Twilio, the repository and a token that may write its secrets on GitHub. */
export function newWorld(twilio: TwilioEmulator, github: GitHubEmulator, session: Session): World {
  const live = twilio.addAccount();
  const test = twilio.addTestAccount();
  github.addRepository(REPO);
  const token = 'github_pat_sandbox' + Math.random().toString(16).slice(2);
  github.addToken(token, 'write');
  return { twilio, github, live, test, token, session };
}

export function introduce(w: World): void {
  say(bold('configure-twilio-credentials sandbox'));
  say(`  Twilio (emulated)  ${w.twilio.url}  live account ${w.live.sid}, test account ${w.test.sid}`);
  say(`  GitHub (emulated)  ${w.github.url}  repository ${REPO}, a token that may write secrets`);
  say(dim('  Each step runs dist/ in its own process, as the runner does. Secrets the workflow passes in'));
  say(dim('  (Auth Tokens, the GitHub token) are masked from the start, like ${{ secrets.* }} on a runner.'));
}

/** A new job: the runner masks the secrets the workflow references before anything runs. */
export function newJob(w: World): Masker {
  const masker = new Masker();
  for (const s of [w.live.authToken, w.test.authToken, w.token]) masker.add(s);
  return masker;
}

/** A chapter's title bar and what it shows; then the new job it runs, and its `check`. */
export function chapterJob(w: World, title: string, about: string): { masker: Masker; check: Check } {
  chapter(title, about);
  return { masker: newJob(w), check: checker(w.session.results) };
}

/** The step's inputs as the README's `with:` shows them: the admin credential first, the emulator last. */
export function adminInputs(w: World, inputs: Record<string, string>): Record<string, string> {
  return {
    'account-sid': w.live.sid,
    'auth-token': w.live.authToken,
    ...inputs,
    'twilio-api-url': w.twilio.url,
  };
}

/** The live account's keys with their type, name and age; `note` adds a remark after a key's SID. */
export function showKeys(w: World, note: Record<string, string> = {}): void {
  const keys = w.twilio.keys(w.live.sid);
  if (keys.length === 0) return say(`  keys alive on ${w.live.sid}: none`);
  say(`  keys alive on ${w.live.sid}:`);
  const now = w.twilio.clock.now().getTime();
  for (const k of keys) {
    const age = (now - k.dateCreated.getTime()) / HOUR;
    const shownAge = age >= 48 ? `${Math.round(age / 24)}d` : `${Math.round(age)}h`;
    say(
      `    ${k.sid}  ${k.type.padEnd(10)} ${(k.friendlyName ?? '').padEnd(44)} ${shownAge.padStart(4)} old${note[k.sid] ? dim('  ' + note[k.sid]) : ''}`,
    );
  }
}

/** A heading, then the keys alive. */
export function showState(w: World, title: string): void {
  heading(title);
  showKeys(w);
}
