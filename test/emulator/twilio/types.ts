/** Public record shapes of the Twilio emulator. */
import type { BaseFaultRule, FaultKind, FaultController as GenericFaultController } from '../faults.js';

export type KeyType = 'main' | 'standard' | 'restricted';

/** A live API key, as the emulator holds it. */
export interface KeyRecord {
  sid: string;
  accountSid: string;
  friendlyName: string | null;
  type: KeyType;
  /** The permissions as created/updated (deduplicated, in request order); undefined unless restricted. */
  policy: string[] | undefined;
  secret: string;
  dateCreated: Date;
  dateUpdated: Date;
  /** Twilio Region the key was made in ('us1', 'ie1', ...): it authenticates only there. */
  region: string;
}

export interface AccountRecord {
  sid: string;
  authToken: string;
  authTokenCreated: Date;
  secondary: { token: string; dateCreated: Date } | undefined;
  parentSid: string | undefined;
  /** Twilio test credentials (a separate "Test Account SID"). */
  test: boolean;
  keyLimit: number | undefined;
  /** Auth Tokens of the Regions other than US1 (each Region has its own); `authToken` is US1's. */
  regionalAuthTokens: Map<string, string>;
}

export interface RequestRecord {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** Path without the query string, percent-decoding left to the handlers. */
  path: string;
  query: Record<string, string>;
  form: Record<string, string | string[]>;
  /** Basic-auth user name (Account SID or Key SID), if any. */
  authUser: string | undefined;
  host: string | undefined;
  /** The Twilio host the request was meant for (X-Twilio-Host header), if the client named one. */
  twilioHost: string | undefined;
  /** Region derived from twilioHost; 'us1' without it. */
  region: string;
  /** HTTP status sent; 0 while in flight, and when no response was sent (reset, hang, lost-response faults). */
  status: number;
  /** Twilio error code of an error response. */
  errorCode: number | undefined;
  /** performance.now() when the request arrived. */
  startedAt: number;
  /** performance.now() when the response was sent or the socket destroyed; undefined while in flight. */
  endedAt: number | undefined;
  /** The injected fault that applied to this request, if any. */
  fault: { id: string; kind: FaultKind } | undefined;
}

export interface MessageRecord {
  sid: string;
  accountSid: string;
  from: string | null;
  to: string;
  body: string | null;
  mediaUrls: string[];
  messagingServiceSid: string | null;
  status: 'queued' | 'accepted';
  /** Sent with test credentials (nothing would be delivered). */
  test: boolean;
  /** Basic-auth user of the request that created it. */
  authUser: string;
  dateCreated: Date;
}

export type { FaultKind };

export interface FaultRule extends BaseFaultRule {
  /** Exact request path (no query string), or a RegExp tested against it. */
  path: string | RegExp;
  /** 'status' only: HTTP status (default 500). */
  status?: number;
  /** 'status' only: Twilio error code (default 20429 for 429, 20500 for 5xx, 20001/20003/20404 for 4xx). */
  code?: number;
  /** 'status' only: error message (default: the status text). */
  message?: string;
  /** 'status' only: seconds, sent as Retry-After. */
  retryAfter?: number;
}

export type FaultController = GenericFaultController<FaultRule>;
