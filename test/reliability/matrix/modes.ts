// Every mode's table, for the README's cell count (scripts/docs-lib.ts).
import { ephemeral } from './ephemeral.js';
import { revoke } from './revoke.js';
import { rotateAuthToken } from './rotate-auth-token.js';
import { rotate } from './rotate.js';
import { sweepMode } from './sweep.js';

export const MODES = [ephemeral, rotate, rotateAuthToken, sweepMode, revoke] as const;
