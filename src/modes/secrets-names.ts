// Secret names live in src/names/secrets.ts; re-exported here for the modules that import them from here.
export { keySecretNames } from '../names/secrets.js';
