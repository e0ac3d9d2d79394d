// The recording proxy. CONNECT to a host under twilio.com is answered with a certificate of the job's
// CA, and each request inside is forwarded (to the real host with normal verification, or to
// twilio-api-url) and recorded as method, host, path template and status: never a body, a header or a
// query. Every other CONNECT is a plain byte-for-byte tunnel, and plain-HTTP proxy requests to other
// hosts are passed on untouched and unrecorded. All of it leaves through the runner's own proxy where the
// environment names one (./upstream.ts).
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { JobCa } from './ca.js';
import { IDENTITY_PATH } from './files.js';
import { isTwilioHost, matchRequest } from './map.js';
import { connectThrough, TunnelAgent, upstreamFor, viaHttpProxy } from './upstream.js';

export interface Recorded {
  readonly method: string;
  readonly host: string;
  /** Template: identifiers replaced, no query. */
  readonly path: string;
  /** HTTP status from Twilio; 502 when no answer came. */
  readonly status: number;
}

export interface ProxyOptions {
  readonly ca: JobCa;
  /** Origin that replaces every Twilio host (twilio-api-url); undefined = the real host. */
  readonly apiUrl: string | undefined;
  readonly record: (entry: Recorded) => void;
}

const HOP_BY_HOP = ['connection', 'proxy-connection', 'keep-alive', 'proxy-authorization', 'te', 'upgrade'];

function connectDirect(host: string, port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host, () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

function splitHostPort(authority: string, defaultPort: number): { host: string; port: number } {
  const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(authority);
  return { host: m?.[1] ?? authority, port: m?.[2] ? Number(m[2]) : defaultPort };
}

export function createLearnProxy(opts: ProxyOptions): http.Server {
  const hostOf = new WeakMap<net.Socket, string>();
  const contexts = new Map<string, tls.SecureContext>();
  const sockets = new Set<net.Socket>();
  const agentHttp = new http.Agent({ keepAlive: true });
  const agentHttps = new https.Agent({ keepAlive: true });
  const tunnelAgents = new Map<string, TunnelAgent>();

  /** A request to `target` as it leaves this proxy: directly, or through the runner's proxy. */
  function outbound(
    target: URL,
    options: { method: string | undefined; headers: http.OutgoingHttpHeaders },
    onAnswer: (answer: http.IncomingMessage) => void,
  ): http.ClientRequest {
    const via = upstreamFor(target.href);
    if (target.protocol === 'http:') {
      return via
        ? http.request({ ...viaHttpProxy(via, target, options.headers), method: options.method }, onAnswer)
        : http.request(target, { ...options, agent: agentHttp }, onAnswer);
    }
    let tunnel = via && tunnelAgents.get(via.href);
    if (via && !tunnel) tunnelAgents.set(via.href, (tunnel = new TunnelAgent(via)));
    return https.request(target, { ...options, agent: tunnel ?? agentHttps }, onAnswer);
  }

  function forwardToTwilio(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    host: string,
    path: string,
  ): void {
    const target = new URL(path, opts.apiUrl ?? `https://${host}`);
    const headers = { ...req.headers };
    for (const h of HOP_BY_HOP) delete headers[h];
    headers.host = opts.apiUrl ? target.host : host;
    const { template } = matchRequest(req.method ?? 'GET', host, path);
    const record = (status: number): void =>
      opts.record({ method: req.method ?? 'GET', host: host.toLowerCase(), path: template, status });
    const upstream = outbound(target, { method: req.method, headers }, (answer) => {
      record(answer.statusCode ?? 0);
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      record(502);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('learn proxy: no answer from Twilio\n');
    });
    req.pipe(upstream);
  }

  // Requests inside intercepted TLS connections. This server never listens: sockets are handed to it.
  const inner = http.createServer((req, res) => {
    const host = hostOf.get(req.socket) ?? '';
    forwardToTwilio(req, res, host, req.url ?? '/');
  });

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/')) {
      if (url === IDENTITY_PATH) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ pid: process.pid }));
      } else {
        res.writeHead(404).end();
      }
      return;
    }
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (isTwilioHost(target.hostname)) {
      // Plain http to Twilio: send it on over https (Twilio serves nothing else), recorded like the rest.
      forwardToTwilio(req, res, target.hostname, target.pathname + target.search);
      return;
    }
    const headers = { ...req.headers };
    for (const h of HOP_BY_HOP) delete headers[h];
    const upstream = outbound(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });

  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const { host, port } = splitHostPort(req.url ?? '', 443);
    client.on('error', () => client.destroy());
    if (isTwilioHost(host) && port === 443) {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) client.unshift(head);
      let context = contexts.get(host);
      if (!context) contexts.set(host, (context = tls.createSecureContext(opts.ca.leaf(host))));
      const secure = new tls.TLSSocket(client, {
        isServer: true,
        secureContext: context,
        ALPNProtocols: ['http/1.1'],
      });
      secure.on('error', () => secure.destroy());
      hostOf.set(secure, host);
      inner.emit('connection', secure);
      return;
    }
    const fail = (): void => {
      if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      client.destroy();
    };
    const via = upstreamFor(`https://${req.url ?? ''}`);
    const opened = via ? connectThrough(via, host, port) : connectDirect(host, port);
    opened.then((upstream) => {
      upstream.on('error', fail);
      client.on('close', () => upstream.destroy());
      if (client.destroyed) return void upstream.destroy();
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    }, fail);
  });

  server.on('close', () => {
    agentHttp.destroy();
    agentHttps.destroy();
    for (const agent of tunnelAgents.values()) agent.destroy();
  });
  // close() waits for open connections; tunnels never end by themselves, so stopping ends them.
  const close = server.close.bind(server);
  server.close = (cb?: (err?: Error) => void) => {
    close(cb);
    for (const s of sockets) s.destroy();
    return server;
  };
  return server;
}
