import type { ClockView, DisclosureRequestDetail } from '@yifa/domain/disclosure-request';
import { Alert, Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function ClockItem({ label, clock }: { label: string; clock: ClockView | null }) {
  const { t } = useTranslation();
  if (!clock) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{label}：</Typography.Text>
      <Typography.Text>
        {clock.dueDate ?? t('disclosureRequest.clockStopped')}
        {clock.isProvisional ? `（${t('disclosureRequest.provisional')}）` : ''}
      </Typography.Text>
      <Typography.Text type="secondary">
        （{clock.isOpen ? t('disclosureRequest.clockOpen') : t('disclosureRequest.clockClosed')}）
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 13 }}>
        {clock.explanationZh}
      </Typography.Paragraph>
    </div>
  );
}

/** The statutory clocks of a request with their explanations, its warnings and its extension. */
export function RequestClockCard({ r }: { r: DisclosureRequestDetail }) {
  const { t } = useTranslation();
  // The clarification notice's clock is shown while it runs, and after a notice was sent.
  const noticeSent = r.events.some((e) => e.kind === 'clarificationRequested');
  return (
    <Card title={t('disclosureRequest.clockSection')} size="small" style={{ marginBottom: 12 }}>
      {r.isOverdue ? <Alert type="error" showIcon title={t('disclosureRequest.overdue')} style={{ marginBottom: 8 }} /> : null}
      {r.warningsZh.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('disclosureRequest.clockWarnings')}
          style={{ marginBottom: 8 }}
          data-testid="clock-warnings"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {r.warningsZh.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <ClockItem label={t('disclosureRequest.replyClock')} clock={r.clock.reply} />
      {r.clock.clarificationNotice && (r.clock.clarificationNotice.isOpen || noticeSent) ? (
        <ClockItem label={t('disclosureRequest.noticeClock')} clock={r.clock.clarificationNotice} />
      ) : null}
      <ClockItem label={t('disclosureRequest.correctionClock')} clock={r.clock.correction} />
      {r.extension.days ? (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {r.extension.isApproved
            ? t('disclosureRequest.extensionApproved', {
                days: r.extension.days,
                approvedOn: r.extension.approvedOn ?? '',
                notifiedOn: r.extension.notifiedOn ?? '',
              })
            : t('disclosureRequest.extensionPending', { days: r.extension.days })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** What happened to the request, in order. */
export function RequestHistoryCard({ r }: { r: DisclosureRequestDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('disclosureRequest.historySection')} size="small" style={{ marginBottom: 12 }}>
      <Timeline
        items={r.events.map((e) => ({
          key: e.id,
          content: `${e.on} ${t(`disclosureRequest.event.${e.kind}` as 'disclosureRequest.event.received', { defaultValue: e.kind })}${e.data.partyName ? `：${String(e.data.partyName)}` : ''}${e.data.itemsToCorrect ? `：${String(e.data.itemsToCorrect)}` : ''}`,
        }))}
      />
    </Card>
  );
}
