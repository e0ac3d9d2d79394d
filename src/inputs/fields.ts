// Validators for one field each: SIDs, tokens, URLs, booleans, durations, choices, control characters.
// Pure: each returns the value (or a fallback) with its problems, and never logs.
import { parseDuration } from '../duration.js';
import {
  hasControlCharacter,
  isLoopbackHost,
  MULTI_LINE_INPUTS,
  withoutUrlCredentials,
} from '../validators.js';
import { TIMEOUT_VARIABLE, type InputName, type ReadInput } from './names.js';
import { error, parsed, type Parsed, type Problem } from './problems.js';

export const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
export const KEY_SID = /^SK[0-9a-fA-F]{32}$/;
export const TOKEN = /^[A-Za-z0-9]{32}$/;

/** Shows enough of a value to recognise it, never a whole secret. */
export function mask(raw: string): string {
  return raw.length <= 6 ? raw : `${raw.slice(0, 4)}…(${raw.length} chars)`;
}

export function oneOf<T extends string>(
  read: ReadInput,
  name: InputName,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  const raw = read(name);
  if (raw === '') return parsed(fallback);
  const value = raw.toLowerCase() as T;
  if (allowed.includes(value)) return parsed(value);
  return parsed(fallback, [
    error(name, `'${raw}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`),
  ]);
}

export function bool(read: ReadInput, name: InputName, fallback: boolean): Parsed<boolean> {
  const raw = read(name);
  if (raw === '') return parsed(fallback);
  if (['true', 'True', 'TRUE'].includes(raw)) return parsed(true);
  if (['false', 'False', 'FALSE'].includes(raw)) return parsed(false);
  return parsed(fallback, [error(name, `'${raw}' is not a boolean: use 'true' or 'false'.`)]);
}

/** Milliseconds; 0 with an error when the value is not a duration. */
export function duration(read: ReadInput, name: InputName, fallback: string): Parsed<number> {
  const raw = read(name) || fallback;
  const ms = parseDuration(raw);
  if (ms !== undefined) return parsed(ms);
  return parsed(0, [
    error(
      name,
      `'${raw}' is not a duration: use a number with a unit, such as '90s', '30m', '1h', '1h30m' or '2d'.`,
    ),
  ]);
}

/** An https origin (or, with allowPath, a base URL); plain http only for loopback hosts. */
export function httpOrigin(name: InputName, raw: string, allowPath: boolean): Parsed<string | undefined> {
  const refuse = (message: string) => parsed(undefined, [error(name, message)]);
  // Messages show the URL without any user:password it carries.
  const safe = withoutUrlCredentials(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse(`'${safe}' is not a URL: use an origin such as 'https://api.example.com'.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refuse(`'${safe}' must use https (plain http only for 127.0.0.1, ::1 or localhost).`);
  if (url.username || url.password)
    return refuse(
      `must not carry credentials (user:password@): they would be sent with every request. Remove them; the action authenticates with its own credential inputs.`,
    );
  if (url.search || url.hash) return refuse(`'${safe}' must not carry a query or a fragment.`);
  // Plain http would send the admin credential or the GitHub token in clear; loopback never leaves the machine.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return refuse(
      `'${safe}' uses http://, which would send credentials unencrypted: use https:// (plain http is allowed only for 127.0.0.1, ::1 and localhost).`,
    );
  if (!allowPath && url.pathname !== '/')
    return refuse(`'${safe}' must be an origin without a path, such as '${url.origin}'.`);
  return parsed(allowPath ? raw.replace(/\/+$/, '') : url.origin);
}

export function accountSid(name: InputName, raw: string): Parsed<string> {
  if (raw === '')
    return parsed(raw, [
      error(name, `is required: the Account SID ('AC' followed by 32 hex digits) from the Twilio Console.`),
    ]);
  if (!ACCOUNT_SID.test(raw)) return parsed(raw, [notAccountSid(name, raw)]);
  return parsed(raw);
}

export const notAccountSid = (name: InputName, raw: string): Problem =>
  error(name, `'${mask(raw)}' is not an Account SID: it must be 'AC' followed by 32 hex digits.`);
export const notKeySid = (name: InputName, raw: string): Problem =>
  error(name, `'${mask(raw)}' is not an API key SID: it must be 'SK' followed by 32 hex digits.`);
export const notAuthToken = (name: InputName): Problem =>
  error(name, `is not an Auth Token: it must be 32 letters or digits.`);

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A tuning knob, not a safety switch: how long one HTTP request may take (tests shorten it). */
export function httpTimeout(env: Readonly<Record<string, string | undefined>>): Parsed<number> {
  const raw = env[TIMEOUT_VARIABLE];
  if (!raw) return parsed(DEFAULT_TIMEOUT_MS);
  if (!/^\d+$/.test(raw) || Number(raw) < 100)
    return parsed(DEFAULT_TIMEOUT_MS, [
      error(TIMEOUT_VARIABLE, `'${raw}' must be a whole number of milliseconds, at least 100.`),
    ]);
  return parsed(Number(raw));
}

/**
 * Reads each input once through its control-character check. A bad value is reported once, in
 * `problems`, which the caller puts first: it comes before any other problem of the same input.
 */
export function checkedReader(read: ReadInput): { read: ReadInput; problems: Problem[] } {
  const checked = new Set<InputName>();
  const problems: Problem[] = [];
  return {
    problems,
    read: (name) => {
      const value = read(name);
      if (!checked.has(name)) {
        checked.add(name);
        const multiLine = MULTI_LINE_INPUTS.has(name);
        if (hasControlCharacter(value, multiLine))
          problems.push(
            error(
              name,
              `contains a control character (such as a line break, escape or tab)${multiLine ? ' other than line breaks' : ''}: remove it. Values reach the log, where a line break could start a workflow command.`,
            ),
          );
      }
      return value;
    },
  };
}
