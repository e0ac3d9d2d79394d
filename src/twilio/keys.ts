// API keys: IAM v1 in US1 (POST /v1/Keys makes restricted keys; the 2010 /Keys.json silently makes standard
// ones), the API 2010 Keys resource in the other Regions (src/twilio/key-ops.ts picks).
import type { KeyType, TwilioTarget } from '../config.js';
import { explainTwilioError, failureOf, outcomeUnknown, TwilioError, twilioError } from './errors.js';
import { twilioClient, type ClientDeps } from './client.js';
import { keyOpsFor } from './key-ops.js';

export interface KeySummary {
  readonly sid: string;
  readonly friendlyName: string;
  readonly dateCreated: Date;
}

export interface MintedKey extends KeySummary {
  readonly secret: string;
}

export interface KeySpec {
  readonly friendlyName: string;
  readonly keyType: KeyType;
  readonly permissions: readonly string[];
  /** What removes a key whose create answer was lost and could not be checked; said in the error. */
  readonly lostKeyHint?: string;
}

export interface RemoveReport {
  readonly deleted: string[];
  /** Already gone (404). */
  readonly gone: string[];
  readonly failed: { readonly sid: string; readonly error: TwilioError }[];
}

export { TwilioError } from './errors.js';

const PAGE_SIZE = 1000;
/** Create attempts in all when a create's outcome is unknown (lost answer, 5xx). */
const CREATE_ATTEMPTS = 2;

const wrap = twilioError;

/** A well-formed key SID that cannot exist (Twilio SIDs are random): deleting it proves the permission and deletes nothing. */
export const PROBE_KEY_SID = `SK${'0'.repeat(32)}`;

export type KeyApi = ReturnType<typeof createKeyApi>;

export function createKeyApi(target: TwilioTarget, deps: ClientDeps) {
  const transport = twilioClient(target, deps);
  // Twilio's clock, from the Date header of its last answer: ages are measured against it.
  let serverTime: number | undefined;
  const client = {
    async request(opts: Parameters<typeof transport.request>[0]) {
      const response = await transport.request(opts);
      const date = Date.parse(
        String((response as { headers?: Record<string, unknown> }).headers?.['date'] ?? ''),
      );
      if (!Number.isNaN(date)) serverTime = date;
      return response;
    },
  } as unknown as typeof transport;
  const ops = keyOpsFor(client, target.accountSid, target.location);

  async function list(): Promise<KeySummary[]> {
    try {
      return await ops.list(PAGE_SIZE);
    } catch (e) {
      throw wrap('list keys', e);
    }
  }

  async function remove(sid: string): Promise<'deleted' | 'gone'> {
    try {
      await ops.remove(sid);
      return 'deleted';
    } catch (e) {
      if (failureOf(e).status === 404) return 'gone';
      throw wrap('delete key', e);
    }
  }

  /**
   * Proves the credential may delete keys without deleting one: a DELETE of PROBE_KEY_SID answers 404 when it
   * may, 401 / 403 when it may not. Undefined: it may; otherwise the refusal.
   * @throws TwilioError when Twilio gives no usable answer.
   */
  async function probeDelete(): Promise<TwilioError | undefined> {
    try {
      await ops.remove(PROBE_KEY_SID);
      return undefined;
    } catch (e) {
      const { status } = failureOf(e);
      if (status === 404) return undefined;
      if (status === 401 || status === 403) return wrap('delete key', e);
      throw wrap('delete key', e);
    }
  }

  async function findByName(friendlyName: string): Promise<KeySummary[]> {
    return (await list()).filter((k) => k.friendlyName === friendlyName);
  }

  /**
   * Never repeats a create blindly: when the answer is lost the key may exist, and its secret is gone
   * with the answer. So it finds keys with this run's unique name, deletes them, and tries once more.
   */
  async function create(spec: KeySpec): Promise<MintedKey> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ops.create(spec);
      } catch (e) {
        if (!outcomeUnknown(e)) throw wrap('create key', e);
        deps.log.info(
          `Key creation's outcome is unknown (${failureOf(e).message}); looking for the key by its name.`,
        );
        let twins: KeySummary[];
        try {
          twins = await findByName(spec.friendlyName);
          for (const twin of twins) await remove(twin.sid);
        } catch (cleanupError) {
          throw new TwilioError(
            `${explainTwilioError('create key', e)} A key named '${spec.friendlyName}' may exist and could not be checked (${failureOf(cleanupError).message}); ${spec.lostKeyHint ?? 'a scheduled mode: sweep removes it, as it carries the ephemeral tag'}.`,
            failureOf(e).code,
            failureOf(e).status,
          );
        }
        if (twins.length > 0)
          deps.log.info(`Deleted ${twins.length} key(s) whose secret was lost with the answer.`);
        if (attempt >= CREATE_ATTEMPTS) throw wrap('create key', e);
      }
    }
  }

  /**
   * Gives a key another friendly name. Setting a name is idempotent, so when the answer is lost the key
   * is read back (a GET, retried) and the update repeated once if the name did not change.
   */
  async function rename(sid: string, friendlyName: string): Promise<void> {
    const fail = (e: unknown) => wrap('rename key', e);
    for (let attempt = 1; ; attempt++) {
      try {
        await ops.update(sid, friendlyName);
        return;
      } catch (e) {
        if (!outcomeUnknown(e) || attempt >= 2) throw fail(e);
        let current: string | undefined;
        try {
          current = await ops.fetchName(sid);
        } catch (fetchError) {
          throw wrap('fetch key', fetchError);
        }
        if (current === friendlyName) return;
      }
    }
  }

  /** Deletes many keys, at most `concurrency` at a time; never throws. */
  async function removeMany(
    sids: readonly string[],
    concurrency = 8,
    onResult?: (sid: string, result: 'deleted' | 'gone' | TwilioError) => void,
  ): Promise<RemoveReport> {
    const report: RemoveReport = { deleted: [], gone: [], failed: [] };
    let next = 0;
    async function worker(): Promise<void> {
      while (next < sids.length) {
        const sid = sids[next++] as string;
        try {
          const result = await remove(sid);
          (result === 'deleted' ? report.deleted : report.gone).push(sid);
          onResult?.(sid, result);
        } catch (e) {
          const error = e instanceof TwilioError ? e : wrap('delete key', e);
          report.failed.push({ sid, error });
          onResult?.(sid, error);
        }
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, sids.length)) }, worker));
    return report;
  }

  return {
    create,
    rename,
    list,
    remove,
    removeMany,
    findByName,
    probeDelete,
    serverTime: (): number | undefined => serverTime,
  };
}
