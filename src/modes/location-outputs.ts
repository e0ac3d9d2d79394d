// Outputs `region` / `edge`, and exports TWILIO_REGION / TWILIO_EDGE next to the credentials so later
// steps (twilio-node, twilio-python, the Twilio CLI) reach the Region the key lives in.
import type { EphemeralConfig, TwilioTarget } from '../config.js';
import type { Runner } from '../runner.js';
import { STATE } from '../state.js';
import {
  DEFAULT_LOCATION,
  formatLocation,
  locationEnv,
  parseLocation,
  type TwilioLocation,
} from '../twilio/regions.js';

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

/**
 * The post step deletes the key in the Region main made it in (saved in state), even when the inputs,
 * evaluated again for post, now name another Region; it says so, as the admin credential may not fit.
 */
export function savedLocation(cfg: EphemeralConfig, runner: Runner): TwilioTarget {
  const saved = runner.state(STATE.location);
  const now = cfg.twilio.location ?? DEFAULT_LOCATION;
  const [region = '', edge = ''] = saved.split('.');
  const parsed = saved ? parseLocation(region, edge) : { ok: true as const, location: DEFAULT_LOCATION };
  if (!parsed.ok || formatLocation(parsed.location) === formatLocation(now)) return cfg.twilio;
  runner.info(
    `The key was made in ${formatLocation(parsed.location)}; deleting it there (the inputs now say ${formatLocation(now)}).`,
  );
  return { ...cfg.twilio, location: parsed.location };
}
