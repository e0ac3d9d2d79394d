// main step: see src/main.ts
import { main } from './index.js';

await main();
