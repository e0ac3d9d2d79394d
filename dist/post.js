// post step: see src/post.ts
import { post } from './index.js';

await post();
