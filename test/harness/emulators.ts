/**
 * The emulator fixture of the integration tests: starts the Twilio emulator (and the GitHub one, when
 * asked) for the file, seeds them, and closes them after it. Before every test: new accounts (unless
 * `accounts: 'file'`), no fault rules on either emulator, Twilio latency 0 and its clock back on the
 * wall clock (unless the file froze it with `twilio.now`), and the test's own repository when asked.
 * Call it at the top level of a test file:
 *
 *   const emu = useEmulators({ github: { repositoryPerTest: { prefix: 'octo/app', environments: ['ci'] } } });
 *   const { twilio, github, account } = emu;
 *   const inputs = (extra = {}) => emu.inputsWithGitHub({ permissions: 'messaging', ...extra });
 *   it('...', async () => { twilio.keys(account.sid); github.secret({ repository: emu.repoName }, 'X'); });
 *
 * `twilio`, `github`, `account` and `testAccount` are stand-ins that reach the current emulator / account
 * when used (inside a test or hook), so they can be destructured at load time; `repoName` is a getter.
 * The emulators come from test/emulator/{twilio,github}/index.js, which vitest.setup.ts wraps for the leak scan.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator, type Grants } from '../emulator/github/index.js';
import {
  startTwilioEmulator,
  type TwilioEmulator,
  type TwilioEmulatorOptions,
} from '../emulator/twilio/index.js';

/** The tokens every GitHub emulator gets unless `tokens` says otherwise: a writer and the workflow token. */
export const WRITE_TOKEN = 'github_pat_writer';
export const READ_ONLY_TOKEN = 'ghs_workflow_token';

export interface Account {
  sid: string;
  authToken: string;
}

export interface GitHubSeed {
  /** 'file' (default): one emulator for the file. 'test': a fresh one for every test, so one test's
   *  leftovers can neither pass nor fail another. */
  per?: 'file' | 'test';
  /** Default: WRITE_TOKEN (write) and READ_ONLY_TOKEN (read-only, like the workflow GITHUB_TOKEN). */
  tokens?: Record<string, Grants>;
  organizations?: string[];
  /** Repositories (OWNER/REPO -> its environments) added to every emulator started. */
  repositories?: Record<string, string[]>;
  /** Every test gets a repository of its own, `${prefix}${n}` (n = 1, 2, ...): `repoName`. */
  repositoryPerTest?: { prefix: string; environments?: string[] };
}

const DEFAULT_TOKENS: Record<string, Grants> = { [WRITE_TOKEN]: 'write', [READ_ONLY_TOKEN]: 'read-only' };

export interface EmulatorsOptions {
  twilio?: TwilioEmulatorOptions;
  /** 'test' (default): a new live account (and test account) for every test; 'file': one for the file. */
  accounts?: 'test' | 'file';
  /** Also add Twilio test credentials (`testAccount`). */
  testAccount?: boolean;
  /** Start a GitHub emulator too, seeded so. */
  github?: GitHubSeed;
}

export interface Emulators {
  readonly twilio: TwilioEmulator;
  readonly github: GitHubEmulator;
  /** A live account (random AC sid + Auth Token). */
  readonly account: Account;
  /** Twilio test credentials; with `testAccount: true`. */
  readonly testAccount: Account;
  /** The test's own repository; with `github.repositoryPerTest`. */
  readonly repoName: string;
  /** Inputs that point the action at the Twilio emulator with `account`: account-sid, auth-token,
   *  twilio-api-url; then `extra`. */
  inputs(extra?: Record<string, string>): Record<string, string>;
  /** The same, plus github-api-url and github-token (the seed's first write token). */
  inputsWithGitHub(extra?: Record<string, string>): Record<string, string>;
  /** A standard key of `account` made `hoursOld` hours ago (by the wall clock), added directly (no request). */
  addAgedKey(
    friendlyName: string,
    hoursOld: number,
    where?: { region?: string },
  ): { sid: string; secret: string };
}

export function useEmulators(options: EmulatorsOptions = {}): Emulators {
  const seed = options.github;
  let twilio: TwilioEmulator | undefined;
  let github: GitHubEmulator | undefined;
  let account: Account | undefined;
  let testAccount: Account | undefined;
  let repoName: string | undefined;
  let n = 0;

  const startGitHub = async (): Promise<GitHubEmulator> => {
    const gh = await startGitHubEmulator();
    for (const [token, grants] of Object.entries(seed?.tokens ?? DEFAULT_TOKENS)) gh.addToken(token, grants);
    for (const org of seed?.organizations ?? []) gh.addOrganization(org);
    for (const [name, environments] of Object.entries(seed?.repositories ?? {}))
      gh.addRepository(name, { environments });
    return gh;
  };
  const addAccounts = (tw: TwilioEmulator): void => {
    account = tw.addAccount();
    if (options.testAccount) testAccount = tw.addTestAccount();
  };

  beforeAll(async () => {
    [twilio, github] = await Promise.all([
      startTwilioEmulator(options.twilio),
      seed && seed.per !== 'test' ? startGitHub() : undefined,
    ]);
    if (options.accounts === 'file') addAccounts(twilio);
  });
  afterAll(async () => {
    await Promise.all([twilio?.close(), seed?.per === 'test' ? undefined : github?.close()]);
  });

  beforeEach(async () => {
    const tw = need('twilio', twilio);
    if (options.accounts !== 'file') addAccounts(tw);
    tw.faults.clear();
    tw.latencyMs = 0;
    // Back to the wall clock (a test may move it), unless the file froze it.
    if (options.twilio?.now === undefined) tw.clock.set(new Date());
    if (!seed) return;
    if (seed.per === 'test') github = await startGitHub();
    const gh = need('github', github);
    gh.faults.clear();
    const perTest = seed.repositoryPerTest;
    if (perTest) {
      repoName = `${perTest.prefix}${++n}`;
      gh.addRepository(repoName, { environments: perTest.environments ?? [] });
    }
  });
  if (seed?.per === 'test')
    afterEach(async () => {
      await github?.close();
    });

  const inputs = (extra: Record<string, string> = {}): Record<string, string> => {
    const { sid, authToken } = need('account', account);
    return {
      'account-sid': sid,
      'auth-token': authToken,
      'twilio-api-url': need('twilio', twilio).url,
      ...extra,
    };
  };
  const writer = Object.entries(seed?.tokens ?? DEFAULT_TOKENS).find(([, grants]) => grants === 'write')?.[0];

  return {
    inputs,
    addAgedKey: (friendlyName, hoursOld, where = {}) =>
      need('twilio', twilio).addKey({
        accountSid: need('account', account).sid,
        type: 'standard',
        friendlyName,
        ...where,
        createdAt: new Date(Date.now() - hoursOld * 3_600_000),
      }),
    inputsWithGitHub: (extra = {}) =>
      inputs({
        'github-api-url': need('github (pass the github option)', github).url,
        'github-token': need('write token (pass github.tokens)', writer),
        ...extra,
      }),
    twilio: lazy(() => need('twilio', twilio)),
    github: lazy(() => need('github (pass the github option)', github)),
    account: lazy(() => need('account', account)),
    testAccount: lazy(() => need('testAccount (pass testAccount: true)', testAccount)),
    get repoName() {
      return need('repoName (pass github.repositoryPerTest)', repoName);
    },
  };
}

function need<T>(what: string, value: T | undefined): T {
  if (value === undefined) throw new Error(`useEmulators: no ${what} here; use it inside a test or hook`);
  return value;
}

/** An object that forwards every use to `current()`, read at the moment of use. */
function lazy<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get(_, prop) {
      const target = current();
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set: (_, prop, value) => Reflect.set(current(), prop, value),
    has: (_, prop) => Reflect.has(current(), prop),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor(_, prop) {
      const d = Reflect.getOwnPropertyDescriptor(current(), prop);
      return d && { ...d, configurable: true };
    },
  });
}
