import { OUTCOMES, RECEIPT_CHANNELS, type OutcomeCode } from '@yifa/domain/disclosure-request';
import { REQUEST_STATUSES, type DisclosureRequestSummary, type RequestStatus } from '@yifa/domain/disclosure-request';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../i18n/labels.ts';

const STATUS_COLOUR: Record<RequestStatus, string> = {
  awaitingConfirmation: 'gold',
  inProgress: 'blue',
  awaitingCorrection: 'orange',
  consulting: 'purple',
  replied: 'green',
};

export function StatusTag({ status }: { status: RequestStatus }) {
  const { i18n } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]}>{pickLabel(REQUEST_STATUSES[status], i18n.language)}</Tag>;
}

/** 结转 (open at 31 December of its year), 重复申请 (条例第四十四条), 逾期 (条例第三十三条): as text, not only colour. */
export function RequestFlags({ r }: { r: Pick<DisclosureRequestSummary, 'isCarriedOver' | 'isRepeatCandidate' | 'isOverdue'> }) {
  const { t } = useTranslation();
  if (!r.isOverdue && !r.isCarriedOver && !r.isRepeatCandidate) return null;
  return (
    <Space size={4} wrap>
      {r.isOverdue ? <Tag color="red">{t('disclosureRequest.overdue')}</Tag> : null}
      {r.isCarriedOver ? <Tag color="cyan">{t('disclosureRequest.carriedOver')}</Tag> : null}
      {r.isRepeatCandidate ? <Tag color="magenta">{t('disclosureRequest.repeat')}</Tag> : null}
    </Space>
  );
}

export function outcomeLabel(code: OutcomeCode | null, lang: string): string {
  return code ? pickLabel(OUTCOMES[code], lang) : '';
}

export function channelLabel(code: keyof typeof RECEIPT_CHANNELS, lang: string): string {
  return pickLabel(RECEIPT_CHANNELS[code], lang);
}
