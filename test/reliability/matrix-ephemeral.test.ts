// The fault matrix for ephemeral mode: table in matrix/ephemeral.ts, checks in matrix/framework.ts.
import { defineMatrix } from './matrix/framework.js';
import { ephemeral } from './matrix/ephemeral.js';

defineMatrix([ephemeral], { testMode: true });
