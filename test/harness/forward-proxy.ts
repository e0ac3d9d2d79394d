/**
 * A forward proxy like the one a self-hosted runner may sit behind: CONNECT tunnels and absolute-form plain-HTTP
 * requests, optionally behind Basic proxy authentication, each logged as `CONNECT host:port` or `METHOD url`.
 *
 *   const corp = await startForwardProxy({ user: 'u', password: 'p' });  // corp.url has no credentials
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ForwardProxy {
  /** http://127.0.0.1:PORT (no credentials). */
  readonly url: string;
  /** One line per request that got through, in order. */
  readonly log: string[];
  /** Requests refused with 407 (missing or wrong credentials). */
  readonly refused: string[];
  close(): Promise<void>;
}

export async function startForwardProxy(auth?: { user: string; password: string }): Promise<ForwardProxy> {
  const log: string[] = [];
  const refused: string[] = [];
  const expected = auth && `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
  const allowed = (req: http.IncomingMessage, line: string): boolean => {
    if (!expected || req.headers['proxy-authorization'] === expected) return true;
    refused.push(line);
    return false;
  };
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const line = `${req.method} ${req.url}`;
    if (!allowed(req, line)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
      return;
    }
    log.push(line);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const onward = http.request(req.url ?? '', { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    onward.on('error', () => res.writeHead(502).end());
    req.pipe(onward);
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const line = `CONNECT ${req.url}`;
    if (!allowed(req, line)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      return;
    }
    log.push(line);
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? '');
    const target = net.connect(Number(m?.[2]), m?.[1] ?? '', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) target.write(head);
      target.pipe(client);
      client.pipe(target);
    });
    target.on('error', () => client.destroy());
    client.on('error', () => target.destroy());
    client.on('close', () => target.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
