export const id = 694;
export const ids = [694];
export const modules = {

/***/ 9694:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAGIC_NUMBERS = void 0;
exports.runTest = runTest;
const policy_js_1 = __webpack_require__(1237);
const summary_js_1 = __webpack_require__(8855);
/** Twilio's magic numbers for test credentials (SMS). */
exports.MAGIC_NUMBERS = {
    'test-from-number': ['+15005550006', 'From that succeeds'],
    'test-invalid-number': ['+15005550001', 'To: invalid number (21211)'],
    'test-unreachable-number': ['+15005550002', 'To: cannot route (21612)'],
    'test-blocked-number': ['+15005550003', 'To: no international permission (21408)'],
    'test-blacklisted-number': ['+15005550004', 'To: opted out (21610)'],
    'test-incapable-number': ['+15005550009', 'To: cannot receive SMS (21614)'],
};
function runTest(cfg, runner) {
    const why = cfg.reason === 'pull-request' ? `a ${cfg.run.eventName} event` : 'mode: test';
    if (!cfg.credentials) {
        runner.notice(`No Twilio credentials were handed out on ${why} (pull-request: skip).`);
        runner.output('credential-type', 'none');
        runner.summary((0, summary_js_1.table)('Twilio credentials', [['Credentials', 'none (pull-request: skip)']]));
        return;
    }
    const { accountSid, authToken } = cfg.credentials;
    runner.mask(authToken);
    if (cfg.dryRun) {
        runner.info(`Dry run: would hand out the test credentials of ${accountSid} (${why}).`);
        runner.output('credential-type', 'none');
        return;
    }
    runner.info(`Handing out Twilio test credentials (${why}); no key is minted.`);
    runner.output('account-sid', accountSid);
    runner.output('credential-type', 'test-credentials');
    for (const [name, [number]] of Object.entries(exports.MAGIC_NUMBERS))
        runner.output(name, number);
    if (cfg.exportEnv) {
        runner.exportVariable('TWILIO_ACCOUNT_SID', accountSid);
        runner.exportVariable('TWILIO_AUTH_TOKEN', authToken);
        // Basic auth takes the Account SID as user name, so clients built for API keys work unchanged.
        runner.exportVariable('TWILIO_API_KEY', accountSid);
        runner.exportVariable('TWILIO_API_SECRET', authToken);
    }
    const unreachable = (0, policy_js_1.unreachableWithTestCredentials)(cfg.permissions);
    if (unreachable.length > 0)
        runner.warning(`Test credentials reach only Messages, Calls, IncomingPhoneNumbers and Lookups; these requested permissions will get 403 / 20008 on this run: ${unreachable.join(', ')}`);
    if (cfg.accessTokenRequested)
        runner.notice('No Access Token on this run: test credentials cannot sign Access Tokens.');
    runner.summary((0, summary_js_1.table)('Twilio credentials', [
        ['Credentials', `test credentials of ${(0, summary_js_1.code)(accountSid)} (${why})`],
        [
            'Exported to env',
            cfg.exportEnv ? 'TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_API_KEY, TWILIO_API_SECRET' : 'no',
        ],
        ...Object.values(exports.MAGIC_NUMBERS).map(([n, what]) => [what, (0, summary_js_1.code)(n)]),
        ['Not reachable with test credentials', (0, summary_js_1.list)(unreachable)],
    ], 'Test credentials never reach a live account: messages are not sent and nothing is charged.'));
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.table = table;
exports.code = code;
exports.list = list;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(title, rows, note) {
    const lines = [
        `### ${title}`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
    ];
    if (note)
        lines.push('', note);
    return lines.join('\n') + '\n';
}
function code(text) {
    return '`' + text.replace(/`/g, "'") + '`';
}
function list(items, empty = 'none') {
    return items.length ? items.map(code).join(', ') : empty;
}


/***/ })

};
