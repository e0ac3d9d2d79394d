/** What a route handler gets, and what it returns. */
import type { Principal } from './auth.js';
import type { Clock } from './clock.js';
import type { Store } from './store.js';

export type Form = Record<string, string | string[]>;

export interface RequestContext {
  method: string;
  /** Request path as sent (percent-encoded), without the query string. */
  path: string;
  /** Route parameters, percent-decoded. */
  params: Record<string, string>;
  query: Record<string, string>;
  form: Form;
  principal: Principal;
  store: Store;
  clock: Clock;
  /** The emulator's origin, e.g. http://127.0.0.1:PORT (absolute URLs in responses point here). */
  origin: string;
  /** Twilio Region the request was meant for (from X-Twilio-Host; 'us1' without it). */
  region: string;
}

export interface HandlerResult {
  status: number;
  /** JSON body; omitted for 204. */
  body?: unknown;
}

export type Handler = (ctx: RequestContext) => HandlerResult;

/** First value of a form field (Twilio takes the first of repeated scalar fields). */
export function field(form: Form, name: string): string | undefined {
  const v = form[name];
  return Array.isArray(v) ? v[0] : v;
}

/** All values of a repeatable form field (MediaUrl, StatusCallbackEvent, ...). */
export function fields(form: Form, name: string): string[] {
  const v = form[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}
