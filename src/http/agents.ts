// Connection pools for every request this action makes, one pair (http:, https:) per API.
//
// Keep-alive: the GitHub side writes several secrets to one host at once, and both sides make a few
// calls in a row. Idle pooled sockets are unref'd by Node, so they never hold the process open.
// `proxyEnv` makes Node >= 24.5 honour HTTP(S)_PROXY / NO_PROXY (self-hosted runners behind a proxy);
// older Node ignores the option.
import http from 'node:http';
import https from 'node:https';

export interface Agents {
  readonly 'http:': http.Agent;
  readonly 'https:': https.Agent;
}

export interface PoolOptions {
  /** Sockets per host. Default: no limit. */
  readonly maxSockets?: number;
}

export function createAgents(options: PoolOptions = {}): Agents {
  const agentOptions = { keepAlive: true, ...options, proxyEnv: process.env } as http.AgentOptions;
  return { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
}
