// Client-SDK Access Tokens, signed with twilio-node's jwt.AccessToken (loaded only when asked for).
import AccessToken from 'twilio/lib/jwt/AccessToken.js';
import type { AccessTokenGrant, AccessTokenRequest } from '../config.js';
import { isLegacyUs1, type TwilioLocation } from './regions.js';

function grantOf(
  g: AccessTokenGrant,
):
  | InstanceType<typeof AccessToken.VoiceGrant>
  | InstanceType<typeof AccessToken.VideoGrant>
  | InstanceType<typeof AccessToken.ChatGrant>
  | InstanceType<typeof AccessToken.SyncGrant> {
  switch (g.kind) {
    case 'voice':
      return new AccessToken.VoiceGrant({
        ...(g.outgoingApplicationSid && { outgoingApplicationSid: g.outgoingApplicationSid }),
        ...(g.incomingAllow !== undefined && { incomingAllow: g.incomingAllow }),
        ...(g.pushCredentialSid && { pushCredentialSid: g.pushCredentialSid }),
      });
    case 'video':
      return new AccessToken.VideoGrant(g.room ? { room: g.room } : {});
    case 'chat':
      return new AccessToken.ChatGrant({ serviceSid: g.serviceSid });
    case 'sync':
      return new AccessToken.SyncGrant({ serviceSid: g.serviceSid });
  }
}

export function signAccessToken(
  req: AccessTokenRequest,
  key: { accountSid: string; sid: string; secret: string },
  nowS: number,
  location?: TwilioLocation,
): { token: string; expiresAt: Date } {
  const token = new AccessToken(key.accountSid, key.sid, key.secret, {
    identity: req.identity,
    ttl: req.ttlSeconds,
    nbf: nowS,
    // The key lives in this Region; client SDKs read it from the token's `twr` header.
    ...(location && !isLegacyUs1(location) && { region: location.region }),
  });
  for (const g of req.grants) token.addGrant(grantOf(g));
  return { token: token.toJwt(), expiresAt: new Date((nowS + req.ttlSeconds) * 1000) };
}
