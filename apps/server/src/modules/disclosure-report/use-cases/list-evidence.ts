import { type QueryOf } from '@yifa/domain';
import { APPLICANT_KINDS, OUTCOMES, REVIEW_KINDS } from '@yifa/domain/disclosure-request';
import { type EvidenceItem, type RequestFact, type disclosureReportApi } from '@yifa/domain/disclosure-report';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { loadDisclosureReportFacts } from '../../disclosure-request/index.ts';
import { computeReport } from '../compute-report.ts';

/** Where the web app shows one disclosure request (apps/web/src/modules/disclosure-request). */
const requestLink = (id: string) => `/disclosure-requests/${id}`;

function describe(r: RequestFact): string {
  const outcome = r.outcome ? OUTCOMES[r.outcome].zh : '办理中';
  return `${APPLICANT_KINDS[r.applicantKind].zh} · ${r.receivedOn} 收到 · ${r.closedOn ? `${r.closedOn} 办结 · ` : ''}${outcome}`;
}

/** The records behind one figure of table 3 or 4 ("every figure links to the records that make it"). */
export async function listEvidence(
  ctx: AppContext,
  auth: AuthContext,
  year: number,
  q: QueryOf<typeof disclosureReportApi.evidence>,
): Promise<EvidenceItem[]> {
  const db = ctx.db;
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const { report, facts: computedFrom } = await computeReport(db, townshipId, year);
  const evidence = q.table === 'table3' ? report.evidence3 : report.evidence4;
  const ids = (evidence as Record<string, Record<string, string[]> | undefined>)[q.row]?.[q.column];
  if (!ids) throw new AppError('RECORD.NOT_FOUND', { detail: `no cell ${q.table}/${q.row}/${q.column}` });
  // A published report's figures are frozen; its records are described as they stand now.
  const facts = computedFrom ?? (await loadDisclosureReportFacts(db, townshipId, year));
  if (q.table === 'table3') {
    const byId = new Map(facts.requests.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      return r
        ? { id, number: r.number, description: describe(r), link: requestLink(id) }
        : { id, number: '—', description: '记录已不在本年度范围或已删除', link: requestLink(id) };
    });
  }
  const reviews = new Map(facts.reviews.map((r) => [r.id, r]));
  const requests = new Map(facts.requests.map((r) => [r.id, r]));
  return ids.map((id) => {
    const v = reviews.get(id);
    const parent = v ? requests.get(v.requestId) : undefined;
    return v
      ? {
          id,
          number: parent?.number ?? '—',
          description: `${REVIEW_KINDS[v.kind].zh} · ${v.filedOn} 提起${v.decidedOn ? ` · ${v.decidedOn} 审结` : ''}`,
          link: requestLink(v.requestId),
        }
      : { id, number: '—', description: '记录已删除', link: '' };
  });
}
