// node-forge's own modules, imported one by one (its index loads everything, ~120 KB more in the bundle).
declare module 'node-forge/lib/forge.js' {
  import forge from 'node-forge';
  export default forge;
}
declare module 'node-forge/lib/x509.js';
declare module 'node-forge/lib/sha256.js';
