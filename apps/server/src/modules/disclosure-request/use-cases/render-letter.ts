import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { townshipOf } from '../../organisation/index.ts';
import { renderOfficialDocx } from '../../../platform/documents/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { findRequest } from '../repository.ts';

/**
 * The reply letter (政府信息公开申请答复告知书) as a Word file in the 公文 layout (GB/T 9704): the draft while
 * it is edited, the frozen text once issued, dated the reply day.
 */
export async function renderLetter(ctx: AppContext, auth: AuthContext, id: string): Promise<{ buffer: Buffer; fileName: string }> {
  const row = await findRequest(ctx.db, auth.scope, id);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  if (!row.letterText) throw new AppError('DISCLOSURE_REQUEST.REPLY_INCOMPLETE', { detail: 'no draft' });
  const township = await townshipOf(ctx.db, row.townshipId);
  const issuer = (township?.name ?? '').replace(/^【演示】/, '') + '人民政府';
  const buffer = await renderOfficialDocx({
    title: '政府信息公开申请答复告知书',
    docNumber: `依申请公开〔${(row.receivedOn ?? row.arrivedOn).slice(0, 4)}〕${row.number.split('-')[1] ?? row.number}号`,
    recipients: row.applicantName,
    blocks: [{ kind: 'paragraph', text: row.letterText }],
    issuer,
    date: row.closedOn ?? todayInChina(),
  });
  return { buffer, fileName: `答复告知书-${row.number}.docx` };
}
