import { eq } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../http/app-context.ts';
import { actorOf, type AuthContext } from '../auth-context.ts';
import { sessions } from '../tables.ts';

export async function logout(ctx: AppContext, auth: AuthContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, auth.tokenHash));
    await writeAudit(tx, actorOf(auth), { action: 'auth.logout', entityType: 'user', entityId: auth.user.id });
  });
}
