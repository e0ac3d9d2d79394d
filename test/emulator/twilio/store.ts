/** In-memory state: accounts, keys, messages. */
import type { Clock } from './clock.js';
import { truncateToSeconds } from './clock.js';
import { newAuthToken, newSecret, newSid } from './ids.js';
import type { AccountRecord, KeyRecord, KeyType, MessageRecord } from './types.js';

export const DEFAULT_KEY_LIMIT = 5000;
const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;

/** A key plus its position in list order (newest first; `seq` breaks ties within a second). */
export interface StoredKey extends KeyRecord {
  seq: number;
}

export class Store {
  readonly accounts = new Map<string, AccountRecord>();
  readonly keys = new Map<string, StoredKey>();
  readonly messages: MessageRecord[] = [];
  defaultKeyLimit = DEFAULT_KEY_LIMIT;
  private keySeq = 0;

  constructor(private readonly clock: Clock) {}

  addAccount(a: { sid?: string; authToken?: string; parentSid?: string }, test: boolean): AccountRecord {
    const sid = a.sid ?? newSid('AC');
    if (!ACCOUNT_SID.test(sid)) throw new Error(`Account SID must match ${ACCOUNT_SID}: ${sid}`);
    if (this.accounts.has(sid)) throw new Error(`Account ${sid} exists already`);
    if (a.parentSid !== undefined) {
      const parent = this.accounts.get(a.parentSid);
      if (!parent) throw new Error(`Unknown parent account ${a.parentSid}`);
      if (parent.test) throw new Error('Test accounts cannot have subaccounts');
    }
    const account: AccountRecord = {
      sid,
      authToken: a.authToken ?? newAuthToken(),
      authTokenCreated: truncateToSeconds(this.clock.now()),
      secondary: undefined,
      parentSid: a.parentSid,
      test,
      keyLimit: undefined,
      regionalAuthTokens: new Map(),
    };
    this.accounts.set(sid, account);
    return account;
  }

  account(sid: string): AccountRecord {
    const account = this.accounts.get(sid);
    if (!account) throw new Error(`Unknown account ${sid}`);
    return account;
  }

  /** True when `target` is `actor` or one of its subaccounts (at any depth). */
  inScope(actor: AccountRecord, targetSid: string): boolean {
    let current = this.accounts.get(targetSid);
    while (current) {
      if (current.sid === actor.sid) return true;
      current = current.parentSid === undefined ? undefined : this.accounts.get(current.parentSid);
    }
    return false;
  }

  keyLimit(accountSid: string): number {
    return this.account(accountSid).keyLimit ?? this.defaultKeyLimit;
  }

  /** Keys of one account in one Region (US1 by default: IAM v1 exists only there). */
  keysOf(accountSid: string, region = 'us1'): StoredKey[] {
    return [...this.keys.values()].filter((k) => k.accountSid === accountSid && k.region === region);
  }

  /** The account's Auth Token in `region` (made on first use; US1's is `authToken`). */
  authTokenIn(accountSid: string, region: string): string {
    const account = this.account(accountSid);
    if (region === 'us1') return account.authToken;
    let token = account.regionalAuthTokens.get(region);
    if (token === undefined) {
      token = newAuthToken();
      account.regionalAuthTokens.set(region, token);
    }
    return token;
  }

  createKey(k: {
    accountSid: string;
    type: KeyType;
    policy?: string[] | undefined;
    friendlyName?: string | null | undefined;
    createdAt?: Date | undefined;
    region?: string | undefined;
  }): StoredKey {
    const created = truncateToSeconds(k.createdAt ?? this.clock.now());
    const key: StoredKey = {
      sid: newSid('SK'),
      accountSid: k.accountSid,
      friendlyName: k.friendlyName ?? null,
      type: k.type,
      policy: k.type === 'restricted' ? [...(k.policy ?? [])] : undefined,
      secret: newSecret(),
      dateCreated: created,
      dateUpdated: created,
      region: k.region ?? 'us1',
      seq: ++this.keySeq,
    };
    this.keys.set(key.sid, key);
    return key;
  }
}

export function publicKey(k: StoredKey): KeyRecord {
  return {
    sid: k.sid,
    accountSid: k.accountSid,
    friendlyName: k.friendlyName,
    type: k.type,
    policy: k.policy ? [...k.policy] : undefined,
    secret: k.secret,
    dateCreated: new Date(k.dateCreated),
    dateUpdated: new Date(k.dateUpdated),
    region: k.region,
  };
}
