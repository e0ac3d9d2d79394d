// The services the steps talk to: the Twilio and GitHub emulators (in this process), each behind a counting proxy,
// and the inputs that point a step at them.
import { startGitHubEmulator, type GitHubEmulator } from '../../test/emulator/github/index.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../test/emulator/twilio/index.js';
import { startProxy, type Proxy } from './proxy.js';
import { PERMISSIONS, SCENARIOS, type Scenario } from './scenarios.js';

export interface World {
  readonly twilio: TwilioEmulator;
  readonly github: GitHubEmulator;
  readonly twilioProxy: Proxy;
  readonly githubProxy: Proxy;
  readonly test: { sid: string; authToken: string };
  readonly account: { sid: string; authToken: string };
}

/** `handshake`: round trips a new connection costs (--handshake), at the current latency. */
export async function startWorld(handshake: number): Promise<World> {
  const twilio = await startTwilioEmulator({ latencyMs: 0 });
  const github = await startGitHubEmulator({ latencyMs: 0 });
  github.addRepository('octo/app', { environments: ['prod'] });
  github.addOrganization('octo');
  github.addToken('ghp_bench', 'write');
  const setupMs = () => handshake * twilio.latencyMs;
  return {
    twilio,
    github,
    twilioProxy: await startProxy(twilio.url, setupMs),
    githubProxy: await startProxy(github.url, setupMs),
    test: twilio.addTestAccount(),
    account: twilio.addAccount(),
  };
}

export async function stopWorld(w: World): Promise<void> {
  await w.twilioProxy.close();
  await w.githubProxy.close();
  await w.twilio.close();
  await w.github.close();
}

/** Both emulators wait `ms` before every answer. */
export function setLatency(w: World, ms: number): void {
  w.twilio.latencyMs = ms;
  w.github.latencyMs = ms;
}

export function testInputs(w: World): Record<string, string> {
  return {
    mode: 'test',
    'account-sid': w.account.sid,
    'test-account-sid': w.test.sid,
    'test-auth-token': w.test.authToken,
    permissions: PERMISSIONS,
  };
}

export function ephemeralInputs(w: World, s: Scenario): Record<string, string> {
  const secrets = SCENARIOS[s].secrets;
  return {
    'account-sid': w.account.sid,
    'auth-token': w.account.authToken,
    permissions: PERMISSIONS,
    'twilio-api-url': w.twilioProxy.url,
    ...(secrets ? { secrets, 'github-token': 'ghp_bench' } : {}),
  };
}

export const ghEnv = (w: World) => ({ GITHUB_API_URL: w.githubProxy.url });
