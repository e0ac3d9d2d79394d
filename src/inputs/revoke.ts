// Inputs of mode: revoke: delete a key minted with skip-key-delete, and its secrets.
import type { RevokeConfig } from '../config.js';
import type { ModeContext } from './context.js';
import { KEY_SID, notKeySid } from './fields.js';
import type { ReadInput } from './names.js';
import { Problems, type Parsed } from './problems.js';
import { delivery, twilioTarget } from './shared.js';

export function parseRevoke(read: ReadInput, ctx: ModeContext): Parsed<RevokeConfig> {
  const p = new Problems();
  const keySid = read('key-sid');
  if (!keySid)
    p.error(
      'key-sid',
      `is required in revoke mode: pass the key SID from the minting job's 'api-key-sid' output.`,
    );
  else if (!KEY_SID.test(keySid)) p.list.push(notKeySid('key-sid', keySid));
  return p.done({
    ...ctx.base,
    mode: 'revoke',
    twilio: p.take(twilioTarget(read, ctx.timeoutMs)),
    keySid,
    delivery: p.take(delivery(read, ctx.run, ctx.env, ctx.timeoutMs)),
  });
}
