/**
 * Twilio API emulator: a real HTTP server on 127.0.0.1 for integration tests, the sandbox and the
 * benchmark. All Twilio hosts collapse onto its one origin (see router.ts for the path map).
 *
 *   const twilio = await startTwilioEmulator();
 *   const { sid, authToken } = twilio.addAccount();
 *   // ... point the action's `twilio-api-url` at twilio.url ...
 *   await twilio.close();
 */
import type { Clock } from './clock.js';
import { createClock } from './clock.js';
import { Faults } from '../faults.js';
import { EmulatorServer } from './server.js';
import { publicKey, Store } from './store.js';
import type {
  FaultController,
  FaultRule,
  KeyRecord,
  KeyType,
  MessageRecord,
  RequestRecord,
} from './types.js';

export type * from './types.js';
export type { Clock } from './clock.js';
export { DEFAULT_KEY_LIMIT } from './store.js';
export { MAGIC_VALID_FROM } from './testCredentials.js';

export interface TwilioEmulatorOptions {
  /** Added before every response; default 0. */
  latencyMs?: number;
  /** Start the clock here, frozen (it then moves only with clock.advance/set). Default: the wall clock. */
  now?: Date;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Keys per account before create answers 400 / 70151; default 5000. */
  keyLimit?: number;
}

export interface TwilioEmulator {
  /** 'http://127.0.0.1:PORT' */
  readonly url: string;
  /** Closes the server and every open socket (hung requests too). */
  close(): Promise<void>;
  /** Added before every response (error responses and faults too); settable at any time. */
  latencyMs: number;
  readonly clock: Clock;
  /** A live account: random AC + 32 hex and a 32-hex Auth Token by default; `parentSid` makes a subaccount. */
  addAccount(a?: { sid?: string; authToken?: string; parentSid?: string }): {
    sid: string;
    authToken: string;
  };
  /** Twilio test credentials (a separate Test Account SID + test Auth Token). */
  addTestAccount(a?: { sid?: string; authToken?: string }): { sid: string; authToken: string };
  addKey(k: {
    accountSid: string;
    type: KeyType;
    policy?: string[];
    friendlyName?: string;
    createdAt?: Date;
    /** Region the key lives in; default 'us1'. */
    region?: string;
  }): { sid: string; secret: string };
  /** The account's Auth Token in `region` (each Region has its own; made on first use; us1 = addAccount's). */
  authTokenIn(accountSid: string, region: string): string;
  /** Live keys (copies), oldest first; all accounts when accountSid is omitted. */
  keys(accountSid?: string): KeyRecord[];
  /** Key limit for one account (default: the `keyLimit` option, 5000). */
  setKeyLimit(accountSid: string, n: number): void;
  /** Every request, in arrival order (pushed on arrival; status/endedAt filled in when answered). */
  readonly requests: RequestRecord[];
  /** Messages created (live and test accounts). */
  readonly messages: MessageRecord[];
  readonly faults: FaultController;
  authToken(accountSid: string): { primary: string; secondary: string | undefined };
}

export async function startTwilioEmulator(opts: TwilioEmulatorOptions = {}): Promise<TwilioEmulator> {
  const clock = createClock(opts.now);
  const store = new Store(clock);
  if (opts.keyLimit !== undefined) store.defaultKeyLimit = opts.keyLimit;
  const faults = new Faults<FaultRule>(['status', 'code']);
  const requests: RequestRecord[] = [];
  const state = { latencyMs: opts.latencyMs ?? 0 };
  const server = new EmulatorServer({ store, clock, faults, requests, latencyMs: () => state.latencyMs });
  const url = await server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1');

  return {
    url,
    close: () => server.close(),
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms: number) {
      if (!(ms >= 0)) throw new Error(`latencyMs must be >= 0, got ${ms}`);
      state.latencyMs = ms;
    },
    clock,
    addAccount(a = {}) {
      const account = store.addAccount(a, false);
      return { sid: account.sid, authToken: account.authToken };
    },
    addTestAccount(a = {}) {
      const account = store.addAccount(a, true);
      return { sid: account.sid, authToken: account.authToken };
    },
    addKey(k) {
      const account = store.account(k.accountSid);
      if (account.test) throw new Error('Test accounts have no API keys');
      if (k.type === 'restricted' && !k.policy) throw new Error('A restricted key needs a policy');
      const key = store.createKey({
        accountSid: k.accountSid,
        type: k.type,
        policy: k.policy,
        friendlyName: k.friendlyName,
        createdAt: k.createdAt,
        region: k.region,
      });
      return { sid: key.sid, secret: key.secret };
    },
    authTokenIn(accountSid, region) {
      return store.authTokenIn(accountSid, region);
    },
    keys(accountSid) {
      return [...store.keys.values()]
        .filter((k) => accountSid === undefined || k.accountSid === accountSid)
        .sort((a, b) => a.seq - b.seq)
        .map(publicKey);
    },
    setKeyLimit(accountSid, n) {
      store.account(accountSid).keyLimit = n;
    },
    requests,
    messages: store.messages,
    faults,
    authToken(accountSid) {
      const account = store.account(accountSid);
      return { primary: account.authToken, secondary: account.secondary?.token };
    },
  };
}
