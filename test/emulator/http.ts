/** The node:http plumbing both emulators share: listen, close with every socket, latency, TCP reset. */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Listens on host:port (0: any free port); returns the origin, 'http://HOST:PORT'. */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  // Node's default closes a connection after 5 s idle. A close that crosses the client's reuse of that pooled
  // connection resets a request no fault asked for (seen once in the fault matrix under heavy load, where event
  // loop lag reaches seconds). Tests inject resets as faults; idle closes are not what they test. The answer's
  // `Keep-Alive: timeout=30` hint makes the client drop an idle connection first, after 29 s.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** Aborts `closing` (held requests wake up), stops listening and destroys every open socket, hung ones too. */
export async function closeServer(server: Server, closing: AbortController): Promise<boolean> {
  if (closing.signal.aborted) return false;
  closing.abort();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  return true;
}

/** Waits `ms` before a request is handled; false when the emulator closed meanwhile. */
export async function latency(ms: number, closing: AbortSignal): Promise<boolean> {
  if (ms > 0) {
    try {
      await sleep(ms, undefined, { signal: closing });
    } catch {
      return false;
    }
  }
  return !closing.aborted;
}

/** Ends a request with a TCP RST and no answer (faults 'reset' and 'lost-response'). */
export function resetSocket(req: IncomingMessage, record: { endedAt: number | undefined }): void {
  record.endedAt = performance.now();
  req.socket.resetAndDestroy();
}
