import { AUDIT_CHAIN_PROBLEMS, type AuditChainReport } from '@yifa/domain';
import { Descriptions, Modal, Result, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../components/format-date.ts';
import { pickLabel } from '../../i18n/labels.ts';

/** The hash chain check (GET /api/audit/verify), with the newest entry to write down as an anchor (docs/audit.md "Anchors"). */
export function ChainReportModal({ report, onClose }: { report: AuditChainReport | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal open={!!report} title={t('audit.verifyTitle')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {report ? (
        <>
          <Result
            status={report.isIntact ? 'success' : 'error'}
            title={report.isIntact ? t('audit.chainIntact') : t('audit.chainBroken', { count: report.problems.length })}
            subTitle={t('audit.chainEntries', { count: report.entries, at: formatInstant(report.checkedAt) })}
            style={{ padding: '8px 0 16px' }}
          />
          {report.resealed.length ? (
            <Typography.Paragraph type="secondary">
              {t('audit.resealed', {
                count: report.resealed.length,
                seqs: [...new Set(report.resealed.map((r) => r.resealSeq))].join('、'),
              })}
            </Typography.Paragraph>
          ) : null}
          {report.problems.length ? (
            <Table
              rowKey={(p) => `${p.seq}:${p.reason}`}
              size="small"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={report.problems}
              columns={[
                { title: t('audit.seq'), dataIndex: 'seq', width: 100 },
                {
                  title: t('audit.problem'),
                  dataIndex: 'reason',
                  render: (r: keyof typeof AUDIT_CHAIN_PROBLEMS) => pickLabel(AUDIT_CHAIN_PROBLEMS[r], i18n.language),
                },
              ]}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={t('audit.lastSeq')}>{report.lastSeq ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('audit.lastHash')}>
              {report.lastHash ? (
                <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
                  {report.lastHash}
                </Typography.Text>
              ) : (
                ''
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('audit.anchorHint')}
          </Typography.Paragraph>
        </>
      ) : null}
    </Modal>
  );
}
