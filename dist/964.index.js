export const id = 964;
export const ids = [964];
export const modules = {

/***/ 4964:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.signAccessToken = signAccessToken;
// Client-SDK Access Tokens, signed with twilio-node's jwt.AccessToken (loaded only when asked for).
const AccessToken_js_1 = __importDefault(__webpack_require__(6785));
function grantOf(g) {
    switch (g.kind) {
        case 'voice':
            return new AccessToken_js_1.default.VoiceGrant({
                ...(g.outgoingApplicationSid && { outgoingApplicationSid: g.outgoingApplicationSid }),
                ...(g.incomingAllow !== undefined && { incomingAllow: g.incomingAllow }),
                ...(g.pushCredentialSid && { pushCredentialSid: g.pushCredentialSid }),
            });
        case 'video':
            return new AccessToken_js_1.default.VideoGrant(g.room ? { room: g.room } : {});
        case 'chat':
            return new AccessToken_js_1.default.ChatGrant({ serviceSid: g.serviceSid });
        case 'sync':
            return new AccessToken_js_1.default.SyncGrant({ serviceSid: g.serviceSid });
    }
}
function signAccessToken(req, key, nowS) {
    const token = new AccessToken_js_1.default(key.accountSid, key.sid, key.secret, {
        identity: req.identity,
        ttl: req.ttlSeconds,
        nbf: nowS,
    });
    for (const g of req.grants)
        token.addGrant(grantOf(g));
    return { token: token.toJwt(), expiresAt: new Date((nowS + req.ttlSeconds) * 1000) };
}


/***/ })

};
