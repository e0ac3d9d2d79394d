// proxy-from-env ships no types. Its one function: the proxy URL for `url` from HTTP(S)_PROXY, ALL_PROXY and
// NO_PROXY (either case), or '' for a direct connection.
declare module 'proxy-from-env' {
  export function getProxyForUrl(url: string | URL): string;
}
