import type { IsoDate } from '../calendar/types.ts';
import { RECEIPT_CHANNELS, type ReceiptChannel } from './outcomes.ts';

/** Channels whose receipt date is a confirmation with the applicant, not the arrival (条例第三十一条). */
export const CONFIRMED_CHANNELS: readonly ReceiptChannel[] = ['ordinaryMail', 'online', 'fax'];

/**
 * The receipt date that starts the clock (《政府信息公开条例》第三十一条): in person, the day handed in;
 * registered mail, the day signed for (= the arrival recorded); ordinary mail, online or fax, the day of
 * confirmation with the applicant, so null while it is not confirmed (the application awaits confirmation).
 */
export function receiptDateOf(
  channel: ReceiptChannel,
  arrivedOn: IsoDate,
  confirmedOn: IsoDate | null,
): { receivedOn: IsoDate | null; ruleZh: string } {
  const ruleZh = RECEIPT_CHANNELS[channel].receiptRuleZh;
  if (!CONFIRMED_CHANNELS.includes(channel)) return { receivedOn: arrivedOn, ruleZh };
  return { receivedOn: confirmedOn, ruleZh };
}
