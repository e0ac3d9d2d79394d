// Reads src/data/learn-map.ts, written by scripts/learn-map-encode.ts: a stream of tokens separated by
// spaces and newlines (where a line breaks means nothing), each known by its shape:
//   @api.twilio.com                 a host: the endpoints that follow are on it
//   ~=/2010-04-01/Accounts/{AccountSid}   the host's base, which a path can start with as ~
//   /v1/Services  ~/Calls.json      an endpoint's path: the methods that follow are its own
//   voice/calls                     a catalogue resource (product/resource), until the next one or host
//   GET  POST=create                a method; with =action it needs /twilio/<resource>/<action>

export interface MapEndpoint {
  readonly host: string;
  readonly method: string;
  /** As in Twilio's OpenAPI description, e.g. /2010-04-01/Accounts/{AccountSid}/Messages.json */
  readonly path: string;
  /** The restricted-key permission, e.g. /twilio/messaging/messages/create; undefined: none known. */
  readonly permission: string | undefined;
}

export const METHOD = /^(GET|POST|DELETE|PUT|PATCH)(?:=([^/]+))?$/;

export function decodeLearnMap(text: string): MapEndpoint[] {
  const out: MapEndpoint[] = [];
  let [host, base, path, resource] = ['', '', '', ''];
  for (const token of text.split(/\s+/)) {
    const method = METHOD.exec(token);
    if (!token) continue;
    else if (token.startsWith('@')) [host, base, path, resource] = [token.slice(1), '', '', ''];
    else if (token.startsWith('~=')) base = token.slice(2);
    else if (token.startsWith('~')) path = base + token.slice(1);
    else if (token.startsWith('/')) path = token;
    else if (method) {
      const [, verb = '', action] = method;
      out.push({
        host,
        method: verb,
        path,
        permission: action ? `/twilio/${resource}/${action}` : undefined,
      });
    } else resource = token;
  }
  return out;
}
