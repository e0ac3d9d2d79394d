/**
 * Twilio Regions in the emulator. All hosts share one origin, so a client names the host it meant in an
 * `X-Twilio-Host` header (the action sends it only when twilio-api-url replaces the Twilio hosts):
 * `api.dublin.ie1.twilio.com` -> ie1. No header, or a host without a Region (`iam.twilio.com`) -> us1.
 * Credentials belong to a Region (auth.ts); IAM v1 and Accounts v1 answer only in US1 here, since Twilio
 * documents regional key management through the API 2010 Keys resource (api2010Keys.ts).
 */
import { notFound } from './errors.js';

export const TWILIO_HOST_HEADER = 'x-twilio-host';

export function regionOf(host: string | undefined): string {
  const match = /^[a-z0-9-]+\.(?:[a-z0-9-]+\.)?([a-z0-9-]+)\.twilio\.com(?::\d+)?$/i.exec(host ?? '');
  return match?.[1]?.toLowerCase() ?? 'us1';
}

/** IAM v1 (/v1/Keys) and Accounts v1 (/v1/AuthTokens) outside US1: 404 / 20404. */
export function usOnly(region: string, path: string): void {
  if (region !== 'us1' && path.startsWith('/v1/')) throw notFound(path);
}
