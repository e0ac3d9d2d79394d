// The fault matrix for revoke mode: table in matrix/revoke.ts, checks in matrix/framework.ts.
import { defineMatrix } from './matrix/framework.js';
import { revoke } from './matrix/revoke.js';

defineMatrix([revoke]);
