// Inputs of mode: rotate: a lineage of keys (and optionally the Auth Token) that replace each other.
import type { RotateConfig } from '../config.js';
import { MAX_FRIENDLY_NAME, rotationName } from '../naming.js';
import type { ModeContext } from './context.js';
import { bool, duration, oneOf } from './fields.js';
import type { ReadInput } from './names.js';
import { Problems, type Parsed } from './problems.js';
import { delivery, permissionsFor, twilioTarget } from './shared.js';

export function parseRotate(read: ReadInput, ctx: ModeContext): Parsed<RotateConfig> {
  const p = new Problems();
  if (ctx.prEvent && ctx.prPolicy !== 'ephemeral')
    p.error(
      'mode',
      `rotate mints keys and does not run on ${ctx.run.eventName} events; run it on a schedule or workflow_dispatch.`,
    );
  const keyType = p.take(oneOf(read, 'key-type', ['restricted', 'standard'] as const, 'restricted'));
  const lineage = read('friendly-name');
  if (!lineage)
    p.error(
      'friendly-name',
      `is required in rotate mode: it names the lineage of keys that replace each other (e.g. 'billing-service').`,
    );
  else if (rotationName(lineage).length > MAX_FRIENDLY_NAME)
    p.error(
      'friendly-name',
      `'${lineage}' is too long: with the tag it must fit in ${MAX_FRIENDLY_NAME} characters (at most ${MAX_FRIENDLY_NAME - rotationName('').length}).`,
    );
  const rotateAuthToken = p.take(bool(read, 'rotate-auth-token', false));
  const config: RotateConfig = {
    ...ctx.base,
    mode: 'rotate',
    twilio: p.take(twilioTarget(read, ctx.timeoutMs)),
    keyType,
    permissions: p.take(permissionsFor(read, keyType)),
    friendlyName: rotationName(lineage),
    gracePeriodMs: p.take(duration(read, 'grace-period', '1h')),
    rotateAuthToken,
    overwriteSecrets: p.take(bool(read, 'overwrite-secrets', false)),
    delivery: p.take(delivery(read, ctx.run, ctx.env, ctx.timeoutMs)),
  };
  if (config.delivery.targets.length === 0 && !read('secrets'))
    p.error(
      'secrets',
      `rotate needs at least one target: a rotated key that lands nowhere is pointless, and the next rotation would delete the key your consumers really hold. Add e.g. 'secrets: repository' and a github-token that may write secrets.`,
    );
  if (rotateAuthToken && config.twilio.credential.kind !== 'auth-token')
    p.error(
      'rotate-auth-token',
      `rotating the Auth Token needs the Auth Token itself as the admin credential (auth-token), not api-key/api-secret: the action puts the current token back into the secrets if anything fails before promotion.`,
    );
  return p.done(config);
}
