// The one bundle both steps load (dist/index.js): main and post share every chunk, so each
// dependency is in dist/ once. dist/main.js and dist/post.js only call these.
export { run as main } from './main.js';
export { run as post } from './post.js';
