// A small `fetch` for octokit over the one HTTP layer of src/http/ (node:http, not undici: see
// src/http/request.ts for why). Octokit reads only status, url, headers (iterable + get) and
// text()/arrayBuffer() of a response, which is what this returns.
//
// What is GitHub's stays here: redirects are followed (renamed repositories answer 301/307;
// Authorization is dropped across origins), at most 16 sockets per host. One timeout per attempt: a hung
// connection becomes an ordinary error (not an AbortError) that the retry hook of ./client.ts retries.
import type http from 'node:http';
import { createAgents, type Agents } from '../http/agents.js';
import { request, type HttpResponse } from '../http/request.js';

export interface NodeFetchOptions {
  /** Per attempt: no complete answer within this many ms -> a network error. */
  readonly timeoutMs: number;
}

interface MinimalResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: ResponseHeaders;
  readonly body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface ResponseHeaders extends Iterable<[string, string]> {
  get(name: string): string | null;
}

function responseHeaders(raw: http.IncomingHttpHeaders): ResponseHeaders {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return { get: (name) => map.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => map.entries() };
}

const MAX_REDIRECTS = 5;

export function createNodeFetch(options: NodeFetchOptions): typeof fetch {
  // Targets are written concurrently to one host.
  const agents: Agents = createAgents({ maxSockets: 16 });

  const nodeFetch = async (
    input: string | URL | Request,
    init: RequestInit = {},
  ): Promise<MinimalResponse> => {
    let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    let method = (init.method ?? 'GET').toUpperCase();
    if (init.body != null && typeof init.body !== 'string')
      throw new TypeError('node fetch: only string bodies are supported');
    let body = init.body ?? undefined;
    const headers = { ...(init.headers as Record<string, string> | undefined) };
    for (let hop = 0; ; hop++) {
      const res = await request({
        url,
        method,
        headers,
        body,
        timeoutMs: options.timeoutMs,
        agents,
        signal: init.signal ?? undefined,
      });
      const location = res.headers.location;
      if (init.redirect !== 'manual' && location && [301, 302, 303, 307, 308].includes(res.status)) {
        if (hop >= MAX_REDIRECTS) throw new Error(`More than ${MAX_REDIRECTS} redirects from ${url.origin}`);
        const next = new URL(location, url);
        if (next.origin !== url.origin) {
          for (const name of Object.keys(headers))
            if (name.toLowerCase() === 'authorization') delete headers[name];
        }
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      return toResponse(res, url, hop > 0);
    }
  };

  return nodeFetch as unknown as typeof fetch;
}

function toResponse(res: HttpResponse, url: URL, redirected: boolean): MinimalResponse {
  const buf = res.body;
  return {
    ok: res.status >= 200 && res.status < 300,
    status: res.status,
    statusText: res.statusText,
    url: url.href,
    redirected,
    headers: responseHeaders(res.headers),
    body: null,
    text: () => Promise.resolve(buf.toString('utf8')),
    json: () => Promise.resolve(JSON.parse(buf.toString('utf8')) as unknown),
    arrayBuffer: () =>
      Promise.resolve(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer),
  };
}
