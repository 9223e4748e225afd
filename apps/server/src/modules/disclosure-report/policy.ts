import type { ReportState } from '@yifa/domain/disclosure-report';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { definePolicy, has } from '../../platform/policy/index.ts';
import { canWriteTownship } from '../../platform/scope/data-scope.ts';

/** A township's report of one year, as the policy sees it (a year with nothing saved yet is 'none'). */
export interface ReportRecord {
  townshipId: string;
  status: ReportState;
}

/**
 * Who may do what with a year's report. The report is the township's own (条例第五十条: each
 * administrative organ reports), so visibility and writing follow the township, not an org inside it;
 * a county reviewer reads and exports but never changes one. A published report is frozen.
 */
export const reportPolicy = definePolicy<ReportRecord, 'save' | 'publish' | 'export'>({
  visible: (auth, r) => auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(r.townshipId),
  abilities: (auth: AuthContext, r) => {
    const writable = canWriteTownship(auth.scope, r.townshipId) && r.status !== 'published';
    return {
      save: writable && has(auth, 'disclosure-report:report:write'),
      publish: writable && has(auth, 'disclosure-report:report:publish'),
      export: has(auth, 'disclosure-report:report:read'),
    };
  },
});
