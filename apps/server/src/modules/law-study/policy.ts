import { selfStudyWorkflow, type SelfStudyStatus, type SelfStudyStep } from '@yifa/domain/law-study';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { definePolicy, has } from '../../platform/policy/index.ts';
import { canWriteTownship } from '../../platform/scope/data-scope.ts';
import type { ExamRow, SelfStudyRow, SessionRow } from './repository.ts';

// Who may do what to the law-study records, declared once per record kind (docs/modules.md
// "policy.ts"). Township questions ("which township, may the caller write in it") go through the
// platform's resolveTownship; these policies answer the record questions with authorize().

const seesTownship = (auth: AuthContext, townshipId: string) =>
  auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(townshipId);
/** Writes in the township: never a county reviewer (read-only scope), never another township. */
const writesTownship = (auth: AuthContext, townshipId: string) => canWriteTownship(auth.scope, townshipId);

/**
 * Whose study records the caller sees: everyone for township-wide scopes, the caller's own org(s)
 * for office staff and village cadres (their data scope), only oneself for an 'own' scope — and
 * always oneself.
 */
export function seesPerson(auth: AuthContext, person: { townshipId: string; personId: string; orgId: string }): boolean {
  if (!seesTownship(auth, person.townshipId)) return false;
  if (person.personId === auth.user.personId) return true;
  if (auth.scope.kind === 'own') return false;
  return auth.scope.orgIds === null || auth.scope.orgIds.includes(person.orgId);
}

/**
 * Sessions (集体学法) and exams are township-wide events: everyone of the township with the read
 * permission sees them, and whoever holds the write permission in a scope that writes keeps them
 * (the ledger office records the whole township's sessions).
 */
export const sessionPolicy = definePolicy<SessionRow, 'update' | 'delete'>({
  visible: (auth, s) => seesTownship(auth, s.townshipId),
  abilities: (auth, s) => sessionAbilities(auth, s),
});
/** The session's abilities from the fields they read: a list row carries these, not the whole row. */
export function sessionAbilities(auth: AuthContext, s: Pick<SessionRow, 'townshipId'>) {
  const may = has(auth, 'law-study:session:write') && writesTownship(auth, s.townshipId);
  return { update: may, delete: may };
}

export const examPolicy = definePolicy<ExamRow, 'recordScores'>({
  visible: (auth, e) => seesTownship(auth, e.townshipId),
  abilities: (auth, e) => ({ recordScores: has(auth, 'law-study:exam:write') && writesTownship(auth, e.townshipId) }),
});

/**
 * A self-study claim belongs to its cadre: visible as that cadre's hours are (seesPerson); the
 * ledger office (law-study:self-study:approve) reviews the claims it sees, once (workflow.ts).
 */
export const selfStudyPolicy = definePolicy<SelfStudyRow, 'review'>({
  visible: seesPerson,
  abilities: (auth, c) => selfStudyAbilities(auth, c),
});
/** A claim's abilities from the fields they read: a list row carries these, not the whole row. */
export function selfStudyAbilities(auth: AuthContext, c: Pick<SelfStudyRow, 'townshipId'>) {
  return { review: has(auth, 'law-study:self-study:approve') && writesTownship(auth, c.townshipId) };
}

/** The review steps the caller may take now: the workflow's, if the policy lets the caller review at all. */
export function allowedReviewSteps(auth: AuthContext, claim: Pick<SelfStudyRow, 'townshipId' | 'status'>): SelfStudyStep[] {
  if (!selfStudyAbilities(auth, claim).review) return [];
  return selfStudyWorkflow.allowedSteps(claim.status as SelfStudyStatus, {});
}

/** A cadre's hours (the person dialog, an appointment's row): seen as the cadre's records are. */
export const personHoursPolicy = definePolicy<{ townshipId: string; personId: string; orgId: string }, 'view'>({
  visible: seesPerson,
  abilities: () => ({ view: true }),
});

/**
 * The township's ledger: everyone with the read permission sees their scope's part of it; the
 * bulletin (通报) circulates to the whole township, so only a township-wide view may issue it.
 */
export const ledgerPolicy = definePolicy<{ townshipId: string }, 'bulletin'>({
  visible: (auth, l) => seesTownship(auth, l.townshipId),
  abilities: (auth) => ({ bulletin: has(auth, 'law-study:session:read') && auth.scope.kind !== 'own' && auth.scope.orgIds === null }),
});
