// Writes the endpoint list compactly for src/data/learn-map.ts, in the token format that
// src/learn/map-format.ts reads and documents: each path once, a resource only where it changes, the
// host's most common path prefix as ~, packed into lines of at most WIDTH characters. Refuses anything
// it could not read back exactly.
import { decodeLearnMap, METHOD, type MapEndpoint } from '../src/learn/map-format.js';

const WIDTH = 110;

/** The path prefix that saves the most characters when written as ~, or '' when none saves any. */
function chooseBase(paths: readonly string[]): string {
  let best = '';
  let saved = 0;
  for (const path of paths) {
    const segments = path.split('/');
    for (let n = 3; n < segments.length; n++) {
      const prefix = segments.slice(0, n).join('/');
      const uses = paths.filter((p) => p.startsWith(prefix + '/')).length;
      const gain = uses * (prefix.length - 1) - (prefix.length + 3);
      if (gain > saved) [best, saved] = [prefix, gain];
    }
  }
  return best;
}

export function encodeLearnMap(list: readonly MapEndpoint[]): string {
  const lines: string[] = [];
  let line = '';
  const add = (token: string) => {
    if (!token || /[\s`$\\]/.test(token)) throw new Error(`learn map: cannot write the token '${token}'`);
    if (line && line.length + 1 + token.length > WIDTH) {
      lines.push(line);
      line = token;
    } else line = line ? `${line} ${token}` : token;
  };
  const newLine = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const host of new Set(list.map((e) => e.host))) {
    const endpoints = list.filter((e) => e.host === host);
    const base = chooseBase([...new Set(endpoints.map((e) => e.path))]);
    newLine();
    add(`@${host}`);
    if (base) add(`~=${base}`);
    newLine();
    let [path, resource] = ['', ''];
    for (const e of endpoints) {
      if (e.path !== path) {
        if (!e.path.startsWith('/')) throw new Error(`learn map: cannot write the path ${e.path}`);
        add(base && e.path.startsWith(base + '/') ? '~' + e.path.slice(base.length) : e.path);
        path = e.path;
      }
      const permission = /^\/twilio\/([^/]+\/[^/]+)\/([^/]+)$/.exec(e.permission ?? '');
      if (e.permission && !permission) throw new Error(`learn map: cannot write ${e.permission}`);
      if (permission && permission[1] !== resource) add((resource = permission[1] ?? ''));
      add(permission ? `${e.method}=${permission[2]}` : e.method);
      if (!METHOD.test(e.method)) throw new Error(`learn map: cannot write the method ${e.method}`);
    }
  }
  newLine();
  const text = lines.join('\n');
  const back = decodeLearnMap(text);
  const same = (a: MapEndpoint, b: MapEndpoint | undefined) =>
    !!b && a.host === b.host && a.method === b.method && a.path === b.path && a.permission === b.permission;
  const bad = list.findIndex((e, i) => !same(e, back[i]));
  if (bad !== -1 || back.length !== list.length)
    throw new Error(`learn map: endpoint ${bad} does not read back the same: ${JSON.stringify(list[bad])}`);
  return text;
}
