/**
 * The HTTP side: node:http on 127.0.0.1. Per request: record it, read the form body, pick a fault, wait
 * the latency (per request, so concurrent requests overlap), then authenticate, gate test credentials,
 * route and answer with JSON (or Twilio's error body).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { authenticateRequest, basicUser } from './auth.js';
import type { Clock } from './clock.js';
import type { Form, HandlerResult } from './context.js';
import { defaultCode, defaultMessage, errorBody, testCredentialsNotAllowed, TwilioError } from './errors.js';
import type { Faults, FiredFault } from '../faults.js';
import { closeServer, latency, listen, resetSocket } from '../http.js';
import { newRequestId } from './ids.js';
import { matchRoute, testCredentialsAllowed } from './router.js';
import type { Store } from './store.js';
import type { FaultRule, RequestRecord } from './types.js';
import { regionOf, TWILIO_HOST_HEADER, usOnly } from './regions.js';

const MAX_BODY = 1 << 20;

interface Response extends HandlerResult {
  headers?: Record<string, string>;
}

export interface ServerOptions {
  store: Store;
  clock: Clock;
  faults: Faults<FaultRule>;
  requests: RequestRecord[];
  latencyMs: () => number;
}

export class EmulatorServer {
  private readonly server: Server;
  private readonly closing = new AbortController();
  private origin = '';
  private seq = 0;

  constructor(private readonly opts: ServerOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        console.error('twilio emulator: unexpected error', err);
        if (!res.headersSent && !res.destroyed) res.destroy();
      });
    });
  }

  async listen(port: number, host: string): Promise<string> {
    this.origin = await listen(this.server, port, host);
    return this.origin;
  }

  /** Stops listening and destroys every open socket, hung requests included. */
  async close(): Promise<void> {
    if (!(await closeServer(this.server, this.closing))) return;
    const now = performance.now();
    for (const record of this.opts.requests) record.endedAt ??= now; // hung requests end here
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const record: RequestRecord = {
      seq: ++this.seq,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form: {},
      authUser: basicUser(req.headers.authorization),
      host: req.headers.host,
      twilioHost: headerValue(req.headers[TWILIO_HOST_HEADER]),
      region: regionOf(headerValue(req.headers[TWILIO_HOST_HEADER])),
      status: 0,
      errorCode: undefined,
      startedAt,
      endedAt: undefined,
      fault: undefined,
    };
    this.opts.requests.push(record);
    res.on('close', () => {
      record.endedAt ??= performance.now();
    });
    res.on('error', () => undefined);

    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      return; // client went away, or the body was too large (socket destroyed)
    }
    record.form = parseForm(raw);

    const fault = this.opts.faults.match(method, record.path);
    if (fault) record.fault = { id: fault.id, kind: fault.kind };
    if (fault?.kind === 'hang') return; // answered by close(), which destroys the socket

    if (!(await latency(this.opts.latencyMs(), this.closing.signal))) return;

    if (fault?.kind === 'reset') return resetSocket(req, record);
    if (fault?.kind === 'status') return this.send(res, record, statusFault(fault));
    if (fault?.kind === 'delay') {
      await this.opts.faults.hold(fault, this.closing.signal);
      if (this.closing.signal.aborted) return;
    }

    const response = this.dispatch(req, record);
    if (fault?.kind === 'lost-response') return resetSocket(req, record);
    this.send(res, record, response);
  }

  private dispatch(req: IncomingMessage, record: RequestRecord): Response {
    try {
      const principal = authenticateRequest(this.opts.store, req.headers.authorization, record.region);
      if (principal.kind === 'test' && !testCredentialsAllowed(record.method, record.path)) {
        throw testCredentialsNotAllowed();
      }
      usOnly(record.region, record.path);
      const { route, params } = matchRoute(record.method, record.path);
      return route.handler({
        method: record.method,
        path: record.path,
        params,
        query: record.query,
        form: record.form,
        principal,
        store: this.opts.store,
        clock: this.opts.clock,
        origin: this.origin,
        region: record.region,
      });
    } catch (err) {
      if (err instanceof TwilioError) return { status: err.status, body: err.toBody(), headers: err.headers };
      console.error('twilio emulator: handler failed', err);
      return { status: 500, body: errorBody(500, 20500, 'Internal Server Error') };
    }
  }

  private send(res: ServerResponse, record: RequestRecord, response: Response): void {
    record.status = response.status;
    const body = response.body as { code?: unknown } | undefined;
    record.errorCode = response.status >= 400 && typeof body?.code === 'number' ? body.code : undefined;
    record.endedAt = performance.now();
    if (res.destroyed) return;
    const headers: Record<string, string> = { 'Twilio-Request-Id': newRequestId(), ...response.headers };
    if (response.status === 204 || response.body === undefined) {
      res.writeHead(response.status, headers).end();
      return;
    }
    const json = JSON.stringify(response.body);
    res
      .writeHead(response.status, {
        ...headers,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(json)),
      })
      .end(json);
  }
}

function statusFault(fault: FiredFault<FaultRule>): Response {
  const status = fault.rule.status ?? 500;
  const code = fault.rule.code ?? defaultCode(status);
  const headers: Record<string, string> = {};
  if (fault.rule.retryAfter !== undefined) headers['Retry-After'] = String(fault.rule.retryAfter);
  return { status, body: errorBody(status, code, fault.rule.message ?? defaultMessage(status)), headers };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) {
      req.socket.destroy();
      throw new Error('request body too large');
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** application/x-www-form-urlencoded; repeated fields become arrays. */
export function parseForm(raw: string): Form {
  const form: Form = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    const prev = form[name];
    if (prev === undefined) form[name] = value;
    else form[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return form;
}
