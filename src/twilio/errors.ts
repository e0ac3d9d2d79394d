// Twilio errors turned into messages that say what to do. Pure.
import { NetworkError } from './transport.js';

export type Operation =
  | 'create key'
  | 'delete key'
  | 'fetch key'
  | 'rename key'
  | 'list keys'
  | 'create secondary auth token'
  | 'delete secondary auth token'
  | 'promote secondary auth token'
  | 'check auth token';

export interface TwilioFailure {
  readonly status: number | undefined;
  readonly code: number | undefined;
  readonly message: string;
}

/** Reads twilio-node's RestException, our NetworkError, or anything else. */
export function failureOf(error: unknown): TwilioFailure {
  if (error instanceof NetworkError) return { status: undefined, code: undefined, message: error.message };
  if (error && typeof error === 'object' && 'status' in error) {
    const e = error as { status?: number; code?: number; message?: string };
    return { status: e.status, code: e.code, message: e.message ?? 'request failed' };
  }
  return {
    status: undefined,
    code: undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

function advice(op: Operation, f: TwilioFailure): string {
  switch (f.code) {
    case 20003:
      return op.endsWith(' key') || op === 'list keys'
        ? 'Most likely account-sid and the Auth Token (or api-key / api-secret) do not belong together: check that both secrets come from the same account (Console > Account dashboard). Otherwise the admin credential may not manage API keys: standard keys never can. Use the Auth Token (auth-token), a Main key, or a restricted key holding /twilio/iam/api-keys/create, /list and /delete (api-key + api-secret), for the account in account-sid or its parent.'
        : 'The credential was refused. Check account-sid and the Auth Token; managing Auth Tokens needs the Auth Token itself or a Main key.';
    case 20008:
      return 'These are test credentials, which reach only Messages, Calls, IncomingPhoneNumbers and Lookups. Key management needs live credentials.';
    case 20404:
      return op === 'delete key'
        ? 'The key is already gone.'
        : 'Twilio has no such resource: check account-sid and key-sid.';
    case 20429:
      return 'Twilio is rate limiting this account. The action retried with backoff; run again later, or spread jobs out.';
    case 70002:
      return "Twilio refused a permission string. Check 'permissions' against the presets table and Twilio's list of restricted-key permissions.";
    case 70051:
      return 'The restricted admin key lacks a permission this call needs (for key management: /twilio/iam/api-keys/create, /list, /delete).';
    case 70151:
      return "The account reached Twilio's limit on API keys. Run this action with mode: sweep to delete keys that jobs left behind, or delete unused keys in the Console.";
    case 20157:
      return 'Access Tokens may live at most 24 hours: lower access-token-ttl.';
  }
  if (f.status === undefined)
    return 'Twilio did not answer (network error or timeout), even after retries. Check the runner\u2019s network, proxy and twilio-api-url.';
  if (f.status >= 500)
    return 'Twilio had a server error, even after retries. Try again later (status.twilio.com).';
  return '';
}

export function explainTwilioError(op: Operation, error: unknown): string {
  const f = failureOf(error);
  const code =
    f.code !== undefined
      ? ` (Twilio error ${f.code}${f.status ? `, HTTP ${f.status}` : ''})`
      : f.status
        ? ` (HTTP ${f.status})`
        : '';
  const more = advice(op, f);
  return `Twilio ${op} failed${code}: ${f.message}${more ? `. ${more}` : ''}`;
}

/** A Twilio call that failed, with the message to show and the code and status to test. */
export class TwilioError extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

export function twilioError(op: Operation, e: unknown): TwilioError {
  const f = failureOf(e);
  return new TwilioError(explainTwilioError(op, e), f.code, f.status);
}

/** No answer, or a server error: the request may or may not have taken effect. */
export function outcomeUnknown(e: unknown): boolean {
  const { status } = failureOf(e);
  return status === undefined || status >= 500;
}
