// twilio-region / twilio-edge, and what a Region refuses: checked before any request, like every input.
// Pure. Kept apart from src/inputs.ts so Region rules live in one place (with src/twilio/regions.ts).
import type { Config } from './config.js';
import { DEFAULT_LOCATION, parseLocation, REGIONS, type TwilioLocation } from './twilio/regions.js';

type ReadInput = (name: string) => string;

export function locationInputs(read: ReadInput): { location: TwilioLocation; errors: string[] } {
  const result = parseLocation(read('twilio-region'), read('twilio-edge'));
  if (result.ok) return { location: result.location, errors: [] };
  return { location: DEFAULT_LOCATION, errors: [`Input '${result.input}': ${result.error}`] };
}

/** Features Twilio does not document in the chosen Region: refused there rather than guessed. */
export function regionProblems(read: ReadInput, config: Config): string[] {
  if (config.mode === 'test') {
    const where = locationInputs(read);
    if (where.errors.length > 0) return where.errors;
    const info = REGIONS[where.location.region];
    if (info.testCredentials || !config.credentials) return [];
    const why =
      config.reason === 'pull-request'
        ? ` This ${config.run.eventName} run chose test mode (pull-request: test); set 'pull-request: skip' to hand out nothing on pull requests.`
        : '';
    return [
      `Input 'twilio-region': Twilio documents test credentials only for US1, not ${info.name}: use test mode with twilio-region: us1.${why}`,
    ];
  }
  const location = config.twilio.location ?? DEFAULT_LOCATION;
  const info = REGIONS[location.region];
  const errors: string[] = [];
  if (
    (config.mode === 'ephemeral' || config.mode === 'rotate') &&
    config.keyType === 'restricted' &&
    !info.restrictedKeys
  )
    errors.push(
      `Input 'key-type': restricted keys exist only in US1, not in ${info.name}. Set 'key-type: standard' and remove 'permissions': the job key is a standard key, still deleted after the job.`,
    );
  if (config.mode === 'rotate' && config.rotateAuthToken && !info.authTokenRotation)
    errors.push(
      `Input 'rotate-auth-token': Twilio documents Auth Token rotation (Accounts v1) only for US1, not ${info.name}: rotate that Region's Auth Token in the Twilio Console, and remove rotate-auth-token.`,
    );
  return errors;
}
