// The recording proxy's way out. A self-hosted runner may already send its traffic through a forward proxy:
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY as the proxy process inherited them from the main step, before learn mode
// pointed later steps at itself. What the recording proxy forwards or tunnels goes on through that proxy, so a
// job that needs one works the same in learn mode. Which proxy a URL takes is decided by proxy-from-env (the
// rules axios and curl follow, NO_PROXY included); the tunnel is Node's own CONNECT request.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { getProxyForUrl } from 'proxy-from-env';
import { withProxyScheme } from './files.js';

/** Gives scheme-less proxy variables http:// (proxy-from-env would give them the requested URL's scheme). */
export function normaliseProxyEnv(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy']) {
    const value = env[name];
    if (value) env[name] = withProxyScheme(value);
  }
}

/** The runner's proxy for `url`, or undefined: connect directly. Only `http://` proxies are used. */
export function upstreamFor(url: string): URL | undefined {
  const proxy = getProxyForUrl(url);
  if (!proxy) return undefined;
  try {
    const parsed = new URL(proxy);
    return parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `Proxy-Authorization` for a proxy URL with user info, as curl sends it. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {};
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}

const hostOf = (proxy: URL): string => proxy.hostname.replace(/^\[(.*)\]$/, '$1');

/** A TCP connection to host:port through the proxy's CONNECT. */
export function connectThrough(proxy: URL, host: string, port: number): Promise<net.Socket> {
  const authority = net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: hostOf(proxy),
      port: Number(proxy.port) || 80,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      agent: false,
    });
    req.once('connect', (res, socket, head) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        reject(new Error(`the runner's proxy answered CONNECT ${authority} with ${res.statusCode}`));
        return;
      }
      if (head.length) socket.unshift(head);
      resolve(socket);
    });
    req.once('error', reject);
    req.end();
  });
}

/** Options that send a plain-HTTP request for `target` to the proxy instead (absolute-form request line). */
export function viaHttpProxy(
  proxy: URL,
  target: URL,
  headers: http.OutgoingHttpHeaders,
): http.RequestOptions {
  return {
    host: hostOf(proxy),
    port: Number(proxy.port) || 80,
    path: target.href,
    headers: { ...headers, ...proxyAuthorization(proxy) },
  };
}

/** An https agent whose connections are TLS over a CONNECT tunnel through the proxy (kept alive like any). */
export class TunnelAgent extends https.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true });
  }

  // Node's Agent passes a callback and accepts the socket through it later (the tunnel takes a round trip).
  override createConnection(
    options: http.RequestOptions,
    done?: (err: Error | null, stream: Duplex) => void,
  ): undefined {
    const tlsOptions = options as tls.ConnectionOptions;
    connectThrough(this.proxy, String(tlsOptions.host), Number(tlsOptions.port) || 443).then(
      (socket) => done?.(null, tls.connect({ ...tlsOptions, socket })),
      // On error the Agent reads no stream.
      (e: Error) => done?.(e, undefined as unknown as Duplex),
    );
    return undefined;
  }
}
