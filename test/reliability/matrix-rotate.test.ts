// The fault matrix for rotate mode: table in matrix/rotate.ts, checks in matrix/framework.ts.
import { defineMatrix } from './matrix/framework.js';
import { rotate } from './matrix/rotate.js';

defineMatrix([rotate]);
