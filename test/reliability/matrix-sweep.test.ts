// The fault matrix for sweep mode: table in matrix/sweep.ts, checks in matrix/framework.ts.
import { defineMatrix } from './matrix/framework.js';
import { sweepMode } from './matrix/sweep.js';

defineMatrix([sweepMode]);
