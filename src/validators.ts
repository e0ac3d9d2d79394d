// Small checks on user-supplied text, shared by input parsing and logging. Pure.
import type { InputName } from './inputs/names.js';

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators: any of them can end a log line
// early, and a line that then starts with `::` is a workflow command (e.g. ::stop-commands::).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Inputs that are lists, one item a line: line breaks and tabs are their syntax, other controls are not.
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

/** Inputs whose syntax uses line breaks (one item a line); every other input refuses them. */
export const MULTI_LINE_INPUTS: ReadonlySet<InputName> = new Set<InputName>([
  'permissions',
  'secrets',
  'access-token-grants',
]);

export function hasControlCharacter(value: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_BUT_LINES : CONTROL).test(value);
}

/** A user-supplied string made safe for one log line: controls become \uXXXX escapes. */
export function shown(value: string): string {
  return value.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Removes `user:password@` from every URL in a message, so no message echoes a credential. */
export function withoutUrlCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1');
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts plain http:// may reach (emulators, local proxies). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return !!v4 && v4.slice(1).every((n) => Number(n) <= 255);
}
