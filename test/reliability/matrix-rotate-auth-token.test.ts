// The fault matrix for rotate-auth-token mode: table in matrix/rotate-auth-token.ts, checks in matrix/framework.ts.
import { defineMatrix } from './matrix/framework.js';
import { rotateAuthToken } from './matrix/rotate-auth-token.js';

defineMatrix([rotateAuthToken]);
