/**
 * Drive real twilio-node domains (Iam, Accounts, Api, Lookups) against the emulator: a minimal stand-in
 * for twilio-node's Twilio client whose request() sends every call to the emulator's origin over fetch
 * (the host is replaced, the path kept, as the action's `twilio-api-url` input does).
 */
import { basicAuth, formBody } from './client.js';

export interface TwilioNodeRequest {
  method: string;
  uri: string;
  params?: Record<string, unknown>;
  data?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface TwilioNodeResponse {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

export interface Exchange {
  method: string;
  url: string;
  status: number;
  /** Parsed JSON body, undefined when empty. */
  body: unknown;
}

export interface MiniTwilioClient {
  /** Used by the Api (2010) domain for /Accounts/{AccountSid}/... */
  accountSid: string;
  request(opts: TwilioNodeRequest): Promise<TwilioNodeResponse>;
  /** Every request/response made through this client. */
  exchanges: Exchange[];
}

function flatten(values: Record<string, unknown> | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(values ?? {})) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}

export function miniTwilioClient(
  origin: string,
  user: string,
  password: string,
  accountSid = user,
): MiniTwilioClient {
  const exchanges: Exchange[] = [];
  return {
    accountSid,
    exchanges,
    async request(opts) {
      const target = new URL(opts.uri);
      const url = new URL(target.pathname + target.search, origin);
      const query = formBody(flatten(opts.params));
      if (query) url.search = url.search ? `${url.search}&${query}` : query;
      const method = opts.method.toUpperCase();
      const headers: Record<string, string> = {
        ...opts.headers,
        Authorization: basicAuth(user, password),
        'User-Agent': 'twilio-node (configure-twilio-credentials emulator tests)',
      };
      const init: RequestInit = { method, headers };
      if (opts.data !== undefined && method !== 'GET' && method !== 'DELETE') {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        init.body = formBody(flatten(opts.data));
      }
      const res = await fetch(url, init);
      const body = await res.text();
      exchanges.push({
        method,
        url: url.toString(),
        status: res.status,
        body: body ? JSON.parse(body) : undefined,
      });
      return { statusCode: res.status, body, headers: Object.fromEntries(res.headers) };
    },
  };
}
