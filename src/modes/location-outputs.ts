// Outputs `region` / `edge`, and exports TWILIO_REGION / TWILIO_EDGE next to the credentials so later
// steps (twilio-node, twilio-python, the Twilio CLI) reach the Region the key lives in.
import type { Runner } from '../runner.js';
import { DEFAULT_LOCATION, locationEnv, type TwilioLocation } from '../twilio/regions.js';

export function outputLocation(
  runner: Runner,
  location: TwilioLocation | undefined,
  exportEnv: boolean,
): void {
  const where = location ?? DEFAULT_LOCATION;
  runner.output('region', where.region);
  runner.output('edge', where.edge ?? '');
  if (exportEnv) for (const [name, value] of locationEnv(where)) runner.exportVariable(name, value);
}
