// A TCP proxy in front of an emulator: counts the connections the step opens, and holds the first bytes of each new
// connection for a set-up delay, as TCP and TLS set-up would (the emulators speak plain HTTP on 127.0.0.1, where
// set-up is free; real Twilio and GitHub are HTTPS, and a request on a new connection pays it).
import net from 'node:net';

export interface Proxy {
  readonly url: string;
  /** performance.now() of every accepted connection. */
  readonly connections: number[];
  close(): Promise<void>;
}

/** `setupMs` is asked at every new connection (the latency changes during the bench). */
export async function startProxy(target: string, setupMs: () => number): Promise<Proxy> {
  const { hostname, port } = new URL(target);
  const connections: number[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    connections.push(performance.now());
    client.pause();
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const start = (): void => {
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    };
    const delay = setupMs();
    if (delay > 0) setTimeout(start, delay);
    else start();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port: own } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    connections,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
