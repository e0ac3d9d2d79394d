// A small `fetch` for octokit on node:http/https.
//
// Why not the global fetch: on Node 20 and 24 it loads undici (~40-70 ms, plus ~60 ms for `Response`
// alone), and a process that used it takes ~130-200 ms to exit after its work is done (its pooled
// sockets); with node:http it exits in ~13 ms (measured; see the issue 3 notes). The main and the post
// step each pay that. Octokit reads only status, url, headers (iterable + get) and text()/arrayBuffer()
// of a response, which is what this returns.
//
// Also: one timeout per attempt (a hung connection becomes a network error that the retry hook retries),
// redirects followed (renamed repositories answer 301/307; Authorization is dropped across origins), and
// on Node >= 24.5 the HTTP(S)_PROXY / NO_PROXY variables of self-hosted runners are honoured.
import http from 'node:http';
import https from 'node:https';

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
  // Keep-alive pools: targets are written concurrently to one host. Pooled idle sockets are unref'd by
  // node, so they never hold the process open. `proxyEnv` is read by Node >= 24.5 and ignored before.
  const agentOptions = { keepAlive: true, maxSockets: 16, proxyEnv: process.env } as http.AgentOptions;
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

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
      const res = await once(url, method, headers, body, init.signal ?? undefined);
      const location = res.headers.get('location');
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
      return { ...res, redirected: hop > 0 };
    }
  };

  function once(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Omit<MinimalResponse, 'redirected'>> {
    const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
    if (!transport) return Promise.reject(new TypeError(`Unsupported protocol ${url.protocol}`));
    return new Promise((resolve, reject) => {
      const reqHeaders: Record<string, string | number> = { ...headers };
      if (body !== undefined) reqHeaders['content-length'] = Buffer.byteLength(body);
      const req = transport.request(url, {
        method,
        headers: reqHeaders,
        agent: agents[url.protocol as 'http:' | 'https:'],
      });
      const timer = setTimeout(() => {
        req.destroy(new Error(`No answer from ${url.origin} within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      const onAbort = (): void => {
        const err = new Error('The request was aborted');
        err.name = 'AbortError';
        req.destroy(err);
      };
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      req.on('error', (err) => {
        done();
        reject(err);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => {
          done();
          reject(err);
        });
        res.on('end', () => {
          done();
          const buf = Buffer.concat(chunks);
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            statusText: res.statusMessage ?? '',
            url: url.href,
            headers: responseHeaders(res.headers),
            body: null,
            text: () => Promise.resolve(buf.toString('utf8')),
            json: () => Promise.resolve(JSON.parse(buf.toString('utf8')) as unknown),
            arrayBuffer: () =>
              Promise.resolve(
                buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
              ),
          });
        });
      });
      req.end(body);
    });
  }

  return nodeFetch as unknown as typeof fetch;
}
