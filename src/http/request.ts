// One HTTP exchange on node:http/https: send a request, read the whole answer, or fail with NoAnswer.
//
// Why not the global fetch: on Node 20 and 24 it loads undici (~40-70 ms, plus ~60 ms for `Response`
// alone), and a process that used it takes ~130-200 ms to exit after its work is done (its pooled
// sockets); with node:http it exits in ~13 ms (measured). The main and the post step each pay that.
// No retries and no redirects here: ./retry.ts and the callers decide those.
import http from 'node:http';
import https from 'node:https';
import type { Agents } from './agents.js';

export interface HttpRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent with its Content-Length; undefined sends no body. */
  readonly body?: string | undefined;
  /** No complete answer (connection, headers and body) within this many ms: NoAnswer 'timeout'. */
  readonly timeoutMs: number;
  readonly agents: Agents;
  /** Aborting rejects with an AbortError, as fetch does: the caller stopped, the server did not fail. */
  readonly signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** No HTTP answer came: refused, reset, DNS, TLS, cut off mid-answer, or timed out. */
export class NoAnswer extends Error {
  constructor(
    readonly kind: 'timeout' | 'failed',
    /** The underlying error's message, or `No answer from <origin> within N ms`. Never URL credentials. */
    message: string,
    /** Short, for log lines: an error code (`ECONNRESET`) or `timed out after N ms`. */
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

function abortError(): Error {
  const err = new Error('The request was aborted');
  err.name = 'AbortError';
  return err;
}

export function request(r: HttpRequest): Promise<HttpResponse> {
  const { url, signal, timeoutMs } = r;
  const lib = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!lib) return Promise.reject(new TypeError(`Unsupported protocol ${url.protocol}`));
  if (signal?.aborted) return Promise.reject(abortError());
  const headers: Record<string, string | number> = { ...r.headers };
  if (r.body !== undefined) headers['content-length'] = Buffer.byteLength(r.body);
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method: r.method, headers, agent: r.agents[url.protocol as 'http:'] });
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    // Settle first, then destroy: the 'error' the destroy causes finds the promise settled.
    const timer = setTimeout(() => {
      const message = `No answer from ${url.origin} within ${timeoutMs} ms`;
      settle(() => reject(new NoAnswer('timeout', message, `timed out after ${timeoutMs} ms`)));
      req.destroy();
    }, timeoutMs);
    const onAbort = (): void => {
      settle(() => reject(abortError()));
      req.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e: NodeJS.ErrnoException) =>
      settle(() => reject(new NoAnswer('failed', e.message, e.code ?? e.message, { cause: e }))),
    );
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) =>
        settle(() => reject(new NoAnswer('failed', e.message, e.message, { cause: e }))),
      );
      res.on('end', () =>
        settle(() =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        ),
      );
    });
    req.end(r.body);
  });
}
