/** What other pages tell the login page through the router's location state. */
export interface LoginLocationState {
  /** Why the user is here: their session expired (idle timeout), they signed out, or they were never signed in. */
  reason?: 'expired' | 'signIn' | 'loggedOut';
  /** Show the one-time-code step at once (the password step was already done). */
  step?: 'totp';
  /** Where to go back after signing in. */
  from?: string;
}

export function readLoginState(state: unknown): LoginLocationState {
  return typeof state === 'object' && state !== null ? (state as LoginLocationState) : {};
}
