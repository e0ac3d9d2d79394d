// The targets of issue 7, and the peers it compares with.
import type { Scenario } from './scenarios.js';

/** Issue 7. */
export const TARGET = {
  testRatio: 2.0,
  ephemeralRatio: 2.8, // the best peer, actions/create-github-app-token
  postRatio: 2.0,
  /** Sequential round trips: mint || public keys, then every PUT at once. */
  mainTrips: { none: 1, repo: 2, three: 2 } as Record<Scenario, number>,
  postTrips: 1,
  slack: 0.1,
  distBytes: 1_250_000,
};

/** Measured on this machine by the author: median of 25 cold starts, Node 20, ratio to `node -e 0`. */
export const PEERS = [
  { name: 'actions/create-github-app-token (main)', ratio: 2.8, dist: '1.83 MB' },
  { name: 'google-github-actions/auth', ratio: 3.6, dist: '1.28 MB' },
  { name: 'aws-actions/configure-aws-credentials', ratio: 5.3, dist: '3.9 MB' },
];
