// twilio-region / twilio-edge, and what a Region refuses: checked before any request, like every input.
// Pure. Region facts live in src/twilio/regions.ts; this file turns them into input problems.
import type { Config } from '../config.js';
import { DEFAULT_LOCATION, parseLocation, REGIONS, type TwilioLocation } from '../twilio/regions.js';
import type { ReadInput } from './names.js';
import { error, parsed, type Parsed, type Problem } from './problems.js';

export function locationInputs(read: ReadInput): Parsed<TwilioLocation> {
  const result = parseLocation(read('twilio-region'), read('twilio-edge'));
  if (result.ok) return parsed(result.location);
  return parsed(DEFAULT_LOCATION, [error(result.input, result.error)]);
}

/** Features Twilio does not document in the chosen Region: refused there rather than guessed. */
export function regionProblems(read: ReadInput, config: Config): readonly Problem[] {
  if (config.mode === 'test') {
    const where = locationInputs(read);
    if (where.problems.length > 0) return where.problems;
    const info = REGIONS[where.value.region];
    if (info.testCredentials || !config.credentials) return [];
    const why =
      config.reason === 'pull-request'
        ? ` This ${config.run.eventName} run chose test mode (pull-request: test); set 'pull-request: skip' to hand out nothing on pull requests.`
        : '';
    return [
      error(
        'twilio-region',
        `Twilio documents test credentials only for US1, not ${info.name}: use test mode with twilio-region: us1.${why}`,
      ),
    ];
  }
  const location = config.twilio.location ?? DEFAULT_LOCATION;
  const info = REGIONS[location.region];
  const problems: Problem[] = [];
  if (
    (config.mode === 'ephemeral' || config.mode === 'rotate') &&
    config.keyType === 'restricted' &&
    !info.restrictedKeys
  )
    problems.push(
      error(
        'key-type',
        `restricted keys exist only in US1, not in ${info.name}. Set 'key-type: standard' and remove 'permissions': the job key is a standard key, still deleted after the job.`,
      ),
    );
  if (config.mode === 'rotate' && config.rotateAuthToken && !info.authTokenRotation)
    problems.push(
      error(
        'rotate-auth-token',
        `Twilio documents Auth Token rotation (Accounts v1) only for US1, not ${info.name}: rotate that Region's Auth Token in the Twilio Console, and remove rotate-auth-token.`,
      ),
    );
  return problems;
}
