/**
 * The HTTP side of the GitHub emulator. Per request: record it, read the body, pick a fault, wait the
 * latency (and a 'delay' fault's hold), then authenticate, route and answer with JSON, x-ratelimit-*
 * headers and GitHub's error shape.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Faults } from '../faults.js';
import { closeServer, latency, listen, resetSocket } from '../http.js';
import { authenticate, type RateLimits } from './auth.js';
import { DOCS, errorReply, HttpError, requestId, type Reply } from './errors.js';
import { route } from './routes.js';
import type { Store } from './store.js';
import type { FaultRule, RequestRecord } from './types.js';

export interface ServerOptions {
  store: Store;
  limits: RateLimits;
  faults: Faults<FaultRule>;
  requests: RequestRecord[];
  latencyMs: () => number;
}

export class EmulatorServer {
  url = '';
  private readonly server: http.Server;
  private readonly closing = new AbortController();
  private seq = 0;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(private readonly opts: ServerOptions) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async listen(port: number): Promise<string> {
    this.url = await listen(this.server, port, '127.0.0.1');
    return this.url;
  }

  async close(): Promise<void> {
    await closeServer(this.server, this.closing);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const authToken = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const requestHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) requestHeaders[k] = Array.isArray(v) ? v.join(', ') : v;
    const record: RequestRecord = {
      seq: ++this.seq,
      method,
      path,
      query: q === -1 ? '' : rawUrl.slice(q + 1),
      status: 0,
      startedAt,
      endedAt: undefined,
      authToken,
      fault: undefined,
      requestHeaders,
      requestBody: '',
      response: undefined,
    };
    this.opts.requests.push(record);
    res.on('close', () => {
      record.endedAt ??= performance.now();
    });
    res.on('error', () => undefined);

    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return;
    }
    record.requestBody = Buffer.concat(chunks).toString('utf8');

    const fault = this.opts.faults.match(method, path);
    if (fault) record.fault = { id: fault.id, kind: fault.kind };
    if (fault?.kind === 'hang') return; // close() destroys the socket

    if (!(await latency(this.opts.latencyMs(), this.closing.signal))) return;

    if (fault?.kind === 'reset') return resetSocket(req, record);
    if (fault?.kind === 'delay') {
      await this.opts.faults.hold(fault, this.closing.signal);
      if (this.closing.signal.aborted) return;
    }
    let reply: Reply;
    if (fault?.kind === 'status') {
      const status = fault.rule.status ?? 500;
      const retryAfter = fault.rule.retryAfter;
      reply = errorReply(
        status,
        fault.rule.message ?? http.STATUS_CODES[status] ?? 'Error',
        DOCS,
        retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {},
      );
    } else {
      reply = this.dispatch(method, path, authToken, record.requestBody);
    }
    this.send(res, record, reply, fault?.kind === 'lost-response' ? req : undefined, authToken);
  }

  private dispatch(method: string, path: string, authToken: string | undefined, body: string): Reply {
    try {
      const grants = authenticate(this.opts.store, this.opts.limits, authToken);
      return route({ store: this.opts.store, url: this.url }, method, path, grants, body);
    } catch (err) {
      if (err instanceof HttpError)
        return errorReply(err.status, err.message, err.documentationUrl, err.headers);
      console.error('github emulator: handler failed', err);
      return { status: 500, body: { message: 'Server Error', documentation_url: DOCS, status: '500' } };
    }
  }

  private send(
    res: ServerResponse,
    record: RequestRecord,
    reply: Reply,
    loseOn: IncomingMessage | undefined,
    token: string | undefined,
  ): void {
    const t = token === undefined ? undefined : this.opts.store.tokens.get(token);
    const used = t?.used ?? 0;
    const headers: Record<string, string> = {
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    const json = reply.status === 204 || reply.body === undefined ? undefined : JSON.stringify(reply.body);
    if (json !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    record.response = { status: reply.status, headers, body: json };
    if (loseOn) return resetSocket(loseOn, record);
    record.status = reply.status;
    record.endedAt = performance.now();
    if (res.destroyed) return;
    if (json !== undefined) headers['content-length'] = String(Buffer.byteLength(json));
    res.writeHead(reply.status, headers).end(json);
  }
}
