// Twilio Regions and Edge Locations: which pairs the action accepts, and the host each request goes to.
// Pure: no I/O. Only pairs Twilio documents are listed; whatever is not listed is refused, not guessed.

import { ENV, type EnvName } from '../names/env.js';

export type RegionId = 'us1' | 'ie1' | 'au1' | 'jp1';

export interface RegionInfo {
  readonly name: string;
  /** Edge Locations documented for this Region's REST API hosts. */
  readonly edges: readonly string[];
  /** The edge used when `twilio-edge` is empty; undefined keeps the legacy hosts (`api.twilio.com`). */
  readonly defaultEdge: string | undefined;
  /** Restricted keys (IAM v1 with a Policy) exist only in US1. */
  readonly restrictedKeys: boolean;
  /** Key management: IAM v1 (`iam.twilio.com/v1/Keys`) or API 2010 (`/Accounts/{AC}/Keys.json`). */
  readonly keyApi: 'iam-v1' | 'api-2010';
  /** Accounts v1 Auth Token rotation (secondary token + promote). */
  readonly authTokenRotation: boolean;
  /** Twilio test credentials (magic numbers). */
  readonly testCredentials: boolean;
}

export const REGIONS: Readonly<Record<RegionId, RegionInfo>> = {
  us1: {
    name: 'United States (US1)',
    edges: ['ashburn'],
    defaultEdge: undefined,
    restrictedKeys: true,
    keyApi: 'iam-v1',
    authTokenRotation: true,
    testCredentials: true,
  },
  ie1: {
    name: 'Ireland (IE1)',
    edges: ['dublin'],
    defaultEdge: 'dublin',
    restrictedKeys: false,
    keyApi: 'api-2010',
    authTokenRotation: false,
    testCredentials: false,
  },
  au1: {
    name: 'Australia (AU1)',
    edges: ['sydney'],
    defaultEdge: 'sydney',
    restrictedKeys: false,
    keyApi: 'api-2010',
    authTokenRotation: false,
    testCredentials: false,
  },
  jp1: {
    name: 'Japan (JP1)',
    edges: ['tokyo'],
    defaultEdge: 'tokyo',
    restrictedKeys: false,
    keyApi: 'api-2010',
    authTokenRotation: false,
    testCredentials: false,
  },
};

export const REGION_IDS = Object.keys(REGIONS) as RegionId[];

/** Where Twilio requests go. `edge` undefined only in US1 (legacy hosts). */
export interface TwilioLocation {
  readonly region: RegionId;
  readonly edge: string | undefined;
}

export const DEFAULT_LOCATION: TwilioLocation = { region: 'us1', edge: undefined };

export type LocationResult =
  | { readonly ok: true; readonly location: TwilioLocation }
  | { readonly ok: false; readonly input: 'twilio-region' | 'twilio-edge'; readonly error: string };

/** Validates the `twilio-region` / `twilio-edge` pair against the table above. */
export function parseLocation(rawRegion: string, rawEdge: string): LocationResult {
  const region = (rawRegion.trim() || 'us1').toLowerCase();
  if (!(region in REGIONS))
    return {
      ok: false,
      input: 'twilio-region',
      error: `'${rawRegion}' is not a supported Twilio Region: use one of ${REGION_IDS.map((r) => `'${r}'`).join(', ')}.`,
    };
  const id = region as RegionId;
  const info = REGIONS[id];
  const edge = rawEdge.trim().toLowerCase() || info.defaultEdge;
  if (edge !== undefined && !info.edges.includes(edge))
    return {
      ok: false,
      input: 'twilio-edge',
      error: `'${rawEdge}' is not a documented Edge Location for ${info.name}: use ${info.edges.map((e) => `'${e}'`).join(' or ')}${info.defaultEdge ? '' : ', or leave it empty'}.`,
    };
  return { ok: true, location: { region: id, edge } };
}

/** `ie1.dublin`, for state; parsed back by parseLocation. */
export function formatLocation(location: TwilioLocation): string {
  return location.edge ? `${location.region}.${location.edge}` : location.region;
}

export function isLegacyUs1(location: TwilioLocation): boolean {
  return location.region === 'us1' && location.edge === undefined;
}

/**
 * The host a Twilio URL's host becomes in `location`: `{product}.{edge}.{region}.twilio.com`.
 * Hosts outside twilio.com (an emulator, a proxy) and the legacy US1 location are left alone.
 */
export function regionalHost(host: string, location: TwilioLocation): string {
  if (isLegacyUs1(location)) return host;
  const match = /^([a-z0-9-]+)(?:\.[a-z0-9-]+){0,2}\.twilio\.com$/i.exec(host);
  if (!match) return host;
  return `${match[1]}.${location.edge ?? ''}.${location.region}.twilio.com`.replace('..', '.');
}

/** A Twilio URL with its host placed in `location`; path and query unchanged. */
export function regionalUrl(uri: string, location: TwilioLocation): URL {
  const url = new URL(uri);
  url.hostname = regionalHost(url.hostname, location);
  return url;
}

/**
 * Variables later steps need to reach the Region (twilio-node, twilio-python and the Twilio CLI read
 * them). None for legacy US1, so existing jobs see the same environment as before.
 */
export function locationEnv(location: TwilioLocation): [EnvName, string][] {
  if (isLegacyUs1(location)) return [];
  return [
    [ENV.region, location.region],
    [ENV.edge, location.edge ?? ''],
  ];
}
