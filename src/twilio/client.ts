// Builds twilio-node's generated domains on our transport. Only the domains used are imported:
// all of twilio costs ~300 ms at start and ~9 MB of bundle.
import type Twilio from 'twilio/lib/rest/Twilio.js';
import type { TwilioTarget } from '../config.js';
import { TwilioTransport, type TransportOptions } from './transport.js';

export type ClientDeps = Omit<TransportOptions, 'credential' | 'apiUrl' | 'location'>;

export function twilioClient(target: TwilioTarget, deps: ClientDeps): Twilio {
  const transport = new TwilioTransport({
    timeoutMs: target.timeoutMs,
    ...deps,
    credential: target.credential,
    apiUrl: target.apiUrl,
    location: target.location,
  });
  // The domains call only `request()`, which the transport provides.
  return transport as unknown as Twilio;
}
