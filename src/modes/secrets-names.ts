// The secrets each mode writes. API_SECRET last: a target whose write stops half way then holds
// the old SID with the old secret, or the new SID with the old secret, which revoke/rotate can repair;
// never a new secret under an old SID.
export function keySecretNames(prefix: string): string[] {
  return [`${prefix}ACCOUNT_SID`, `${prefix}API_KEY`, `${prefix}API_SECRET`];
}
