// The "client" twilio-node's generated domains call: `request(opts)` -> { statusCode, body, headers }.
// It replaces twilio-node's RequestClient (which loads axios: ~850 KB and ~110 ms of start-up, measured)
// with the one HTTP layer of src/http/, sends every request to `apiUrl` when one is given
// (twilio-api-url), and applies the one retry policy. What is Twilio's stays here: regional hosts,
// X-Twilio-Host, Basic auth, form encoding, the onSend hook and the wording of messages.
import type http from 'node:http';
import type { AdminCredential } from '../config.js';
import { createAgents } from '../http/agents.js';
import { NoAnswer, request } from '../http/request.js';
import type { RetryPolicy } from '../http/retry-policy.js';
import { withRetry, type Attempted } from '../http/retry.js';
import type { Log } from '../runner.js';
import { DEFAULT_LOCATION, regionalUrl, type TwilioLocation } from './regions.js';

export interface TwilioRequestOptions {
  method: string;
  uri: string;
  params?: Record<string, unknown>;
  data?: Record<string, unknown>;
  headers?: Record<string, string>;
  timeout?: number;
}

export interface TwilioResponse {
  statusCode: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** No HTTP answer came: the connection failed, was reset, or timed out. */
export class NetworkError extends Error {
  constructor(
    readonly request: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${request}: no answer from Twilio (${reason})`, options);
  }
}

export interface TransportOptions {
  readonly credential: AdminCredential;
  readonly apiUrl: string | undefined;
  /** Region and edge every Twilio host is placed in (twilio-region, twilio-edge); default legacy US1. */
  readonly location?: TwilioLocation | undefined;
  readonly log: Log;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Called just before each request (each retry too) is sent: `POST /v1/Keys`. */
  readonly onSend?: (label: string) => void;
}

export const USER_AGENT = 'configure-twilio-credentials (twilio-node domains)';

function encode(values: Record<string, unknown> | undefined): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(values ?? {})) {
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? v : [v]) out.append(k, String(item));
  }
  return out.toString();
}

/** Where a Twilio URL really goes: the same path and query on `apiUrl`, or unchanged. */
export function redirect(uri: string, apiUrl: string | undefined): URL {
  const url = new URL(uri);
  if (!apiUrl) return url;
  const to = new URL(apiUrl);
  url.protocol = to.protocol;
  url.host = to.host;
  return url;
}

/**
 * Names the Twilio host a request was meant for when `apiUrl` replaced it, so an emulator or proxy can
 * tell Regions apart. Sent only with `apiUrl`: it never goes to real Twilio.
 */
export const TWILIO_HOST_HEADER = 'X-Twilio-Host';

/** Path without query, for messages: `POST /v1/Keys`. */
export function describe(method: string, uri: string): string {
  return `${method.toUpperCase()} ${new URL(uri).pathname}`;
}

// Keep-alive pools shared by every transport in the process (see src/http/agents.ts).
const agents = createAgents();

export class TwilioTransport {
  private readonly o: TransportOptions;
  constructor(options: TransportOptions) {
    this.o = options;
  }

  /** Also used by twilio-node's Page for next_page_url, which is absolute and idempotent. */
  request(opts: TwilioRequestOptions): Promise<TwilioResponse> {
    const method = opts.method.toUpperCase();
    const label = describe(method, opts.uri);
    const attempt = async (): Promise<Attempted<TwilioResponse>> => {
      try {
        const response = await this.once(method, label, opts);
        const retryAfter = response.headers['retry-after'];
        return {
          status: response.statusCode,
          retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          result: { value: response },
        };
      } catch (e) {
        if (!(e instanceof NetworkError)) throw e;
        return { status: undefined, result: { error: e } };
      }
    };
    return withRetry(attempt, {
      idempotent: method === 'GET' || method === 'DELETE',
      policy: this.o.retry,
      sleep: this.o.sleep,
      random: this.o.random,
      log: ({ status, error, attempt: n, retries, delayMs }) =>
        this.o.log.info(
          `${label} ${status ? `answered ${status}` : `failed (${(error as NetworkError).reason})`}; retry ${n}/${retries} in ${delayMs} ms.`,
        ),
    });
  }

  private async once(method: string, label: string, opts: TwilioRequestOptions): Promise<TwilioResponse> {
    const meant = regionalUrl(opts.uri, this.o.location ?? DEFAULT_LOCATION);
    const url = redirect(meant.toString(), this.o.apiUrl);
    const query = encode(opts.params);
    if (query) url.search = url.search ? `${url.search}&${query}` : query;
    const body = method === 'GET' || method === 'DELETE' ? '' : encode(opts.data);
    const { username, password } = this.o.credential;
    const headers: Record<string, string> = {
      ...opts.headers,
      'User-Agent': USER_AGENT,
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64'),
    };
    // Next-page links already on the apiUrl origin name no Twilio host: they carry no header.
    if (this.o.apiUrl && meant.hostname.endsWith('.twilio.com')) headers[TWILIO_HOST_HEADER] = meant.host;
    if (body) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    this.o.onSend?.(label);
    try {
      const res = await request({
        url,
        method,
        headers,
        body: body || undefined,
        timeoutMs: this.o.timeoutMs ?? 30_000,
        agents,
      });
      return { statusCode: res.status, body: res.body.toString('utf8'), headers: res.headers };
    } catch (e) {
      throw e instanceof NoAnswer ? new NetworkError(label, e.reason, { cause: e }) : e;
    }
  }
}
