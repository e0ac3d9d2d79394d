// Every environment variable the action exports to later steps (GITHUB_ENV). Runner.exportVariable() takes
// only these, so a typo fails `npm run typecheck`, and the README's list is checked against this one.
export const ENV = {
  // Credentials (export-env: true). The names twilio-node, twilio-python and the Twilio CLI read.
  accountSid: 'TWILIO_ACCOUNT_SID',
  authToken: 'TWILIO_AUTH_TOKEN',
  apiKey: 'TWILIO_API_KEY',
  apiSecret: 'TWILIO_API_SECRET',
  accessToken: 'TWILIO_ACCESS_TOKEN',
  // Outside legacy US1 only: where the credentials work.
  region: 'TWILIO_REGION',
  edge: 'TWILIO_EDGE',
} as const;

/**
 * Learn mode points later steps at its recording proxy and trusts its CA. Both spellings of the proxy
 * variables, since clients differ in which they read (twilio-node reads HTTP_PROXY even for https).
 */
export const LEARN_PROXY_ENV = ['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'] as const;
export const LEARN_ENV = [
  ...LEARN_PROXY_ENV,
  'NO_PROXY',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
  'REQUESTS_CA_BUNDLE',
  'SSL_CERT_FILE',
  'CURL_CA_BUNDLE',
] as const;

export type EnvName = (typeof ENV)[keyof typeof ENV] | (typeof LEARN_ENV)[number];
