export const id = 407;
export const ids = [407];
export const modules = {

/***/ 1788:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAuthTokenApi = createAuthTokenApi;
// The Auth Token dance through Accounts v1: create a secondary token, check it, promote it.
// These endpoints act on the credential's own account. Promotion makes the secondary the primary and
// the old primary stops working at once.
const AccountsBase_js_1 = __importDefault(__webpack_require__(4106));
const IamBase_js_1 = __importDefault(__webpack_require__(6827));
const client_js_1 = __webpack_require__(281);
const errors_js_1 = __webpack_require__(4717);
const keys_js_1 = __webpack_require__(6638);
function wrap(op, e) {
    const f = (0, errors_js_1.failureOf)(e);
    return new keys_js_1.TwilioError((0, errors_js_1.explainTwilioError)(op, e), f.code, f.status);
}
/** No answer, or a server error: the request may or may not have taken effect. */
function outcomeUnknown(e) {
    const { status } = (0, errors_js_1.failureOf)(e);
    return status === undefined || status >= 500;
}
function createAuthTokenApi(target, deps) {
    const v1 = new AccountsBase_js_1.default((0, client_js_1.twilioClient)(target, deps)).v1;
    const accountSid = target.accountSid;
    /**
     * Whether `token` authenticates as the account: one cheap authenticated read (the first key of a
     * one-item page), sent with Account SID + token instead of the admin credential.
     * @returns false on 401 (refused); throws when Twilio gives no usable answer.
     */
    async function authenticates(token) {
        const iam = new IamBase_js_1.default((0, client_js_1.twilioClient)({ ...target, credential: { kind: 'auth-token', username: accountSid, password: token } }, deps)).v1;
        try {
            await iam.getApiKeys.page({ accountSid, pageSize: 1 });
            return true;
        }
        catch (e) {
            if ((0, errors_js_1.failureOf)(e).status === 401)
                return false;
            throw wrap('check auth token', e);
        }
    }
    async function deleteSecondary() {
        try {
            await v1.secondaryAuthToken().remove();
            return 'deleted';
        }
        catch (e) {
            if ((0, errors_js_1.failureOf)(e).status === 404)
                return 'gone';
            throw wrap('delete secondary auth token', e);
        }
    }
    /**
     * Creates the secondary token (replacing any existing secondary). The POST is not repeated: when its
     * answer is lost a secondary may exist whose value we never saw, so it is deleted before throwing.
     */
    async function createSecondary() {
        try {
            const created = await v1.secondaryAuthToken().create();
            const token = created.secondaryAuthToken;
            if (!token)
                throw new keys_js_1.TwilioError('Twilio create secondary auth token failed: the answer holds no token.', undefined, undefined);
            return token;
        }
        catch (e) {
            if (e instanceof keys_js_1.TwilioError)
                throw e;
            const error = wrap('create secondary auth token', e);
            if (outcomeUnknown(e)) {
                try {
                    await deleteSecondary();
                }
                catch (cleanup) {
                    throw new keys_js_1.TwilioError(`${error.message} A secondary Auth Token may exist and could not be deleted (${(0, errors_js_1.failureOf)(cleanup).message}); the primary still works. Delete the secondary in the Twilio Console (Account > API keys & tokens).`, error.code, error.status);
                }
            }
            throw error;
        }
    }
    /**
     * Promotes the secondary. When the answer is lost, asks Twilio which token is primary now: the old
     * primary (`oldToken`) being refused means the promotion happened; still accepted means it did not,
     * and promoting once more is safe (the secondary is still there).
     */
    async function promote(oldToken) {
        for (let attempt = 1;; attempt++) {
            try {
                await v1.authTokenPromotion().update();
                return;
            }
            catch (e) {
                if (!outcomeUnknown(e) || attempt >= 2)
                    throw wrap('promote secondary auth token', e);
                deps.log.info(`Promotion's outcome is unknown (${(0, errors_js_1.failureOf)(e).message}); checking which token Twilio accepts.`);
                let oldWorks;
                try {
                    oldWorks = await authenticates(oldToken);
                }
                catch {
                    throw wrap('promote secondary auth token', e);
                }
                if (!oldWorks) {
                    deps.log.info('The old Auth Token is refused: the promotion took effect.');
                    return;
                }
            }
        }
    }
    return { createSecondary, deleteSecondary, promote, authenticates };
}


/***/ })

};
