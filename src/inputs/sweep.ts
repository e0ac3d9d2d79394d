// Inputs of mode: sweep: delete this action's keys that outlived their job.
import type { SweepConfig } from '../config.js';
import type { ModeContext } from './context.js';
import { duration } from './fields.js';
import type { ReadInput } from './names.js';
import { Problems, type Parsed } from './problems.js';
import { twilioTarget } from './shared.js';

export function parseSweep(read: ReadInput, ctx: ModeContext): Parsed<SweepConfig> {
  const p = new Problems();
  return p.done({
    ...ctx.base,
    mode: 'sweep',
    twilio: p.take(twilioTarget(read, ctx.timeoutMs)),
    maxAgeMs: p.take(duration(read, 'max-age', '24h')),
  });
}
