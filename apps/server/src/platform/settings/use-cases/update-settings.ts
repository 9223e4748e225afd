import type { BodyOf, Settings, settingsApi } from '@yifa/domain';
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { readSettings } from '../settings-service.ts';
import { settings as settingsTable } from '../tables.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof settingsApi.update>;

/**
 * Changes the installation's settings (security policy of GB/T 22239-2019 §8.1.4.1, attachment
 * limit). They bind every township, so only the system administrator changes them, whatever
 * other role holds platform:settings:write. The change is audited with the values before and
 * after, and the settings cache is dropped so login and session checks use the new values at once.
 */
export async function updateSettings(ctx: AppContext, auth: AuthContext, input: Input): Promise<Settings> {
  if (auth.scope.kind !== 'all')
    throw new AppError('AUTH.FORBIDDEN', { detail: 'only the system administrator changes installation settings' });
  const after = await ctx.db.transaction(async (tx) => {
    // One writer at a time, so "before" in the audit entry is what the change replaced.
    await tx.execute(sql`select pg_advisory_xact_lock(724003)`);
    const before = await readSettings(tx);
    const parts = (['security', 'files'] as const).filter((key) => input[key] !== undefined);
    for (const key of parts) {
      const value = input[key]!;
      await tx
        .insert(settingsTable)
        .values({ key, value, updatedAt: new Date(), updatedBy: auth.user.id })
        .onConflictDoUpdate({ target: settingsTable.key, set: { value, updatedAt: new Date(), updatedBy: auth.user.id } });
    }
    const result = await readSettings(tx);
    await writeAudit(tx, actorOf(auth), {
      action: 'platform.settings.update',
      entityType: 'settings',
      entityId: null,
      townshipId: null,
      before: Object.fromEntries(parts.map((k) => [k, before[k]])),
      after: Object.fromEntries(parts.map((k) => [k, result[k]])),
      // The audit redaction hides keys named like passwords (passwordMinLength …); these are policy
      // numbers, not secrets, so the changes are also spelt out here.
      detail: describeChanges(before, result) || 'no change',
    });
    return result;
  });
  ctx.settings.invalidate();
  return after;
}

function describeChanges(before: Settings, after: Settings): string {
  const lines: string[] = [];
  for (const part of ['security', 'files'] as const) {
    const b = before[part] as Record<string, unknown>;
    const a = after[part] as Record<string, unknown>;
    for (const key of Object.keys(a)) if (b[key] !== a[key]) lines.push(`${part}.${key}: ${String(b[key])} → ${String(a[key])}`);
  }
  return lines.join('; ');
}
