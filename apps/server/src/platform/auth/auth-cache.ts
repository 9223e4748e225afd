import type { AuthContext } from './auth-context.ts';

/**
 * A very short cache of "session → identity, permissions, scope", because loading it is half the
 * database work of a typical request (bench/platform-budgets.ts). Every audited change made by this
 * process clears it at once (a change to users, roles, orgs or sessions is always audited), and
 * every committed change to them by any process clears it through LISTEN/NOTIFY
 * (auth-change-listener.ts, adr/0007); `ttlMs` (1 s by default; adr/0005) is the safety net.
 * `ttlMs = 0` turns it off.
 */
export class AuthCache {
  private readonly entries = new Map<string, { auth: Omit<AuthContext, 'ip'>; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string): Omit<AuthContext, 'ip'> | null {
    if (this.ttlMs <= 0) return null;
    const hit = this.entries.get(tokenHash);
    if (!hit) return null;
    if (Date.now() - hit.at > this.ttlMs) {
      this.entries.delete(tokenHash);
      return null;
    }
    return hit.auth;
  }

  set(auth: AuthContext): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const { ip: _ip, ...rest } = auth;
    this.entries.set(auth.tokenHash, { auth: rest, at: Date.now() });
  }

  clear(): void {
    this.entries.clear();
  }
}
