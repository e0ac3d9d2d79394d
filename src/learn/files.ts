// What main, the proxy and the post step agree on. No code: importing this loads nothing else.

/** Argument of dist/learn-proxy.cjs (JSON). */
export interface ProxyArgs {
  readonly dir: string;
  readonly apiUrl: string | undefined;
}

/** The proxy's one IPC message to main. */
export type ProxyHello = { readonly port: number } | { readonly error: string };

/** Files in the learn folder under RUNNER_TEMP. The CA's private key is never among them. */
export const FILES = {
  ca: 'ca.pem',
  /** System CAs + ours: for REQUESTS_CA_BUNDLE, SSL_CERT_FILE, CURL_CA_BUNDLE. */
  bundle: 'ca-bundle.pem',
  /** Any NODE_EXTRA_CA_CERTS already set + ours (Node reads one file). */
  nodeExtra: 'node-extra-ca.pem',
  /** One JSON line per Twilio request: method, host, path template, status. */
  requests: 'requests.jsonl',
  /**
   * The runner's own proxy variables, which the post step puts back (they may hold a proxy password, so
   * never in state or a log): written with mode 0600 only when one is set, removed by the post step.
   */
  runnerProxy: 'runner-proxy.json',
} as const;

/** A proxy variable's URL: without a scheme it means http://, as curl reads it. */
export const withProxyScheme = (value: string): string => (value.includes('://') ? value : `http://${value}`);

/** The path the post step asks before it signals a pid (no secret: it only tells the pid). */
export const IDENTITY_PATH = '/.well-known/configure-twilio-credentials-learn-proxy';
