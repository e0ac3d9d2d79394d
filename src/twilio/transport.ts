// The "client" twilio-node's generated domains call: `request(opts)` -> { statusCode, body, headers }.
// It replaces twilio-node's RequestClient (which loads axios: ~850 KB and ~110 ms of start-up, measured)
// with node:http, sends every request to `apiUrl` when one is given (twilio-api-url), and applies the
// one retry policy of src/retry.ts.
import http from 'node:http';
import https from 'node:https';
import type { AdminCredential } from '../config.js';
import type { Log } from '../runner.js';
import {
  decideRetry,
  DEFAULT_RETRY,
  parseRetryAfter,
  sleep as realSleep,
  type RetryPolicy,
} from '../retry.js';
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
  ) {
    super(`${request}: no answer from Twilio (${reason})`);
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

// Keep-alive pools (idle sockets are unref'd, so they never hold the process open). `proxyEnv` makes
// Node >= 24.5 honour HTTPS_PROXY / NO_PROXY, as the GitHub side does; older Node ignores it.
const agentOptions = { keepAlive: true, proxyEnv: process.env } as http.AgentOptions;
const agents = {
  'http:': new http.Agent(agentOptions),
  'https:': new https.Agent(agentOptions),
};

export class TwilioTransport {
  private readonly o: TransportOptions;
  constructor(options: TransportOptions) {
    this.o = options;
  }

  /** Also used by twilio-node's Page for next_page_url, which is absolute and idempotent. */
  async request(opts: TwilioRequestOptions): Promise<TwilioResponse> {
    const method = opts.method.toUpperCase();
    const idempotent = method === 'GET' || method === 'DELETE';
    const policy = this.o.retry ?? DEFAULT_RETRY;
    const sleep = this.o.sleep ?? realSleep;
    const label = describe(method, opts.uri);
    for (let attempt = 1; ; attempt++) {
      let response: TwilioResponse | undefined;
      let failure: NetworkError | undefined;
      try {
        response = await this.once(method, opts);
      } catch (e) {
        if (!(e instanceof NetworkError)) throw e;
        failure = e;
      }
      const status = response?.statusCode;
      if (response && status !== undefined && status < 500 && status !== 429) return response;
      const retryHeader = response?.headers['retry-after'];
      const decision = decideRetry(
        {
          status,
          retryAfterS: parseRetryAfter(Array.isArray(retryHeader) ? retryHeader[0] : retryHeader, Date.now()),
          idempotent,
        },
        attempt,
        policy,
        (this.o.random ?? Math.random)(),
      );
      if (!decision.retry) {
        if (response) return response;
        throw failure ?? new NetworkError(label, 'unknown');
      }
      this.o.log.info(
        `${label} ${status ? `answered ${status}` : `failed (${failure?.reason})`}; retry ${attempt}/${policy.attempts - 1} in ${decision.delayMs} ms.`,
      );
      await sleep(decision.delayMs);
    }
  }

  private once(method: string, opts: TwilioRequestOptions): Promise<TwilioResponse> {
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
    if (body) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    const label = describe(method, opts.uri);
    const timeout = this.o.timeoutMs ?? 30_000;
    const lib = url.protocol === 'https:' ? https : http;
    this.o.onSend?.(label);
    return new Promise((resolve, reject) => {
      const req = lib.request(url, { method, headers, agent: agents[url.protocol as 'http:'] }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
        res.on('error', (e) => reject(new NetworkError(label, e.message)));
      });
      req.setTimeout(timeout, () => req.destroy(new Error(`timed out after ${timeout} ms`)));
      req.on('error', (e: NodeJS.ErrnoException) => reject(new NetworkError(label, e.code ?? e.message)));
      req.end(body);
    });
  }
}
