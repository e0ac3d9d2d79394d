/**
 * What the Twilio emulator's own tests share: a fresh emulator per test with its clock frozen at NOW and
 * one live account, a fetch client bound to it, and the shapes and checks of Twilio's bodies.
 *
 *   let twilio: TwilioEmulator, acct: Account, tok: [string, string];
 *   useTwilio((t) => ({ twilio, acct, tok } = t));
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { call, type CallOptions } from './client.js';
import { startTwilioEmulator, type TwilioEmulator } from './index.js';
import type { PageMeta } from './pagination.js';

export interface ErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}
export interface KeyBody {
  sid: string;
  friendly_name: string | null;
  date_created: string;
  date_updated: string;
  secret?: string;
  policy?: { allow: string[] } | null;
}
export interface ListBody {
  keys: (KeyBody & { flags: string[] })[];
  meta: PageMeta;
}
export type Body = Record<string, unknown>;
export interface Account {
  sid: string;
  authToken: string;
}

export const NOW = new Date('2026-03-01T12:00:00Z');
export const RFC2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;
export const policy = (...allow: string[]) => JSON.stringify({ allow });

let current: TwilioEmulator | undefined;
let currentAccount: Account | undefined;

/** Before each test: a new emulator at NOW and a live account, handed to `set`; closed after the test. */
export function useTwilio(
  set: (t: { twilio: TwilioEmulator; acct: Account; tok: [string, string] }) => void,
): void {
  beforeEach(async () => {
    current = await startTwilioEmulator({ now: NOW });
    const acct = (currentAccount = current.addAccount());
    set({ twilio: current, acct, tok: [acct.sid, acct.authToken] });
  });
  afterEach(async () => {
    await current?.close();
  });
}

/** A request to the current test's emulator. */
export function api<T = Body>(method: string, path: string, opts: CallOptions = {}) {
  if (!current) throw new Error('api() runs inside a test after useTwilio()');
  return call<T>(current.url, method, path, opts);
}

/** A restricted key of the test's account holding `policy`, added directly (no request). */
export function restrictedKey(policy: string[]) {
  if (!current || !currentAccount) throw new Error('restrictedKey() runs inside a test after useTwilio()');
  return current.addKey({ accountSid: currentAccount.sid, type: 'restricted', policy });
}

export function createKey(auth: [string, string], form: Record<string, string>) {
  return api<KeyBody & ErrorBody>('POST', '/v1/Keys', { auth, form });
}

/** Checks the status, then hands back an expectation on the body for the caller's own matcher. */
export function expectStatus(res: { status: number; body: unknown }, status: number) {
  expect(res.status).toBe(status);
  return expect(res.body);
}

export function expectError(res: { status: number; body: unknown }, status: number, code: number): void {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({
    code,
    message: expect.any(String),
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
}

export function keyAuth(k: { sid: string; secret: string }): [string, string] {
  return [k.sid, k.secret];
}
