// The state names live in src/names/state.ts; re-exported here for the modules that import them from here.
export { STATE, type StateName } from './names/state.js';
