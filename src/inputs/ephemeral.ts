// Inputs of mode: ephemeral (the default): a job key, deleted by the post step.
import type { EphemeralConfig } from '../config.js';
import { isGiven } from '../defaults.js';
import { ephemeralName, ephemeralTag, MAX_FRIENDLY_NAME } from '../naming.js';
import type { ModeContext } from './context.js';
import { bool, oneOf } from './fields.js';
import type { ReadInput } from './names.js';
import { note, Problems, type Parsed } from './problems.js';
import { delivery, permissionsFor, twilioTarget } from './shared.js';

// Why ephemeral keys may not hold /twilio/iam/*: a job key that can mint keys can create keys without the
// action's tag, which neither the post step nor mode: sweep would ever delete.
const IAM_PERMISSION = /^\/twilio\/iam\//;

export function parseEphemeral(read: ReadInput, ctx: ModeContext): Parsed<EphemeralConfig> {
  const p = new Problems();
  const { run, accessToken } = ctx;
  const keyTypeInput = read('key-type');
  let keyType = p.take(oneOf(read, 'key-type', ['restricted', 'standard'] as const, 'restricted'));
  const learn = p.take(bool(read, 'learn-permissions', false));
  if (learn) {
    // Learning needs a key that can do everything the job tries; the report then names what it used.
    // key-type is not checked: its default is 'restricted', so a typed 'restricted' looks the same.
    if (read('permissions'))
      p.error(
        'learn-permissions',
        `records what the job needs using a standard key, so it cannot be combined with 'permissions'. Remove 'permissions' (and 'key-type') for the learning run, then paste the permissions it reports.`,
      );
    keyType = 'standard';
  }
  if (accessToken && !learn && !isGiven('key-type', keyTypeInput) && !read('permissions')) {
    keyType = 'standard';
    p.list.push(
      note(
        'key-type',
        `Access Tokens need a standard key to sign them; key-type 'standard' was chosen because 'permissions' is empty.`,
      ),
    );
  }
  if (accessToken && keyType === 'restricted')
    p.error(
      'access-token-identity',
      `Access Tokens must be signed by a standard key; restricted keys cannot sign them. Set 'key-type: standard' and remove 'permissions'.`,
    );
  const tag = ephemeralTag({ runId: run.runId, runAttempt: run.runAttempt, nonce: ctx.nonce });
  const human = humanName(read, ctx, tag, p);
  const twilio = p.take(twilioTarget(read, ctx.timeoutMs));
  const permissions = p.take(permissionsFor(read, keyType));
  const iam = permissions.filter((perm) => IAM_PERMISSION.test(perm));
  if (iam.length > 0)
    p.error(
      'permissions',
      `${iam.join(', ')} cannot be given to a job key: a key that manages keys can mint keys without this action's tag, which neither the post step nor mode: sweep deletes. Use mode: rotate for a key that must manage keys.`,
    );
  return p.done({
    ...ctx.base,
    mode: 'ephemeral',
    twilio,
    keyType,
    permissions,
    friendlyName: ephemeralName({ runId: run.runId, runAttempt: run.runAttempt, nonce: ctx.nonce }, human),
    skipKeyDelete: p.take(bool(read, 'skip-key-delete', false)),
    delivery: p.take(delivery(read, run, ctx.env, ctx.timeoutMs)),
    accessToken,
    pullRequestOptIn: ctx.prEvent,
    learn,
  });
}

/** friendly-name, or repository:job; it must leave room for the action's tag. */
function humanName(read: ReadInput, ctx: ModeContext, tag: string, p: Problems): string {
  const given = read('friendly-name');
  if (!given) return `${ctx.run.repository}:${ctx.run.job}`;
  const room = MAX_FRIENDLY_NAME - tag.length;
  if (given.length > room)
    p.error(
      'friendly-name',
      `'${given}' is ${given.length} characters; with the action's tag '${tag}' the name may hold ${room}. Shorten it.`,
    );
  return given;
}
