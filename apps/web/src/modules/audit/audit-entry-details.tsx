import { AUDIT_ENTITY_LABELS, auditLabel, type AuditLogEntry } from '@yifa/domain';
import { Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changedKeys } from './audit-filter.ts';

function JsonBox({ label, value, changed }: { label: string; value: unknown; changed: Set<string> }) {
  const { t } = useTranslation();
  const isEmpty = value === null || value === undefined;
  const lines = isEmpty ? [] : JSON.stringify(value, null, 2).split('\n');
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{label}</figcaption>
      <pre
        tabIndex={0}
        aria-label={label}
        style={{
          margin: 0,
          maxHeight: 280,
          overflow: 'auto',
          background: '#f7f8fa',
          border: '1px solid #e5e8ed',
          borderRadius: 4,
          padding: 8,
          fontSize: 12,
          lineHeight: 1.5,
        }}
      >
        {isEmpty ? (
          <Typography.Text type="secondary">{t('audit.noData')}</Typography.Text>
        ) : (
          lines.map((line, i) => {
            // A top-level key ("  \"name\": …") that the change touched is marked, so the eye finds it.
            const key = /^ {2}"([^"]+)":/.exec(line)?.[1];
            const isChanged = !!key && changed.has(key);
            return (
              <div key={i} style={isChanged ? { background: '#fff1c2' } : undefined}>
                {line}
              </div>
            );
          })
        )}
      </pre>
    </figure>
  );
}

/** One entry in full: the sentence, the chain fields, and the record before and after side by side. */
export function AuditEntryDetails({ entry }: { entry: AuditLogEntry }) {
  const { t, i18n } = useTranslation();
  const changed = changedKeys(entry.before, entry.after);
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions size="small" column={2} styles={{ label: { width: 90 } }} style={{ marginBottom: 8 }}>
        {entry.detail ? (
          <Descriptions.Item label={t('audit.detail')} span={2}>
            {entry.detail}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('audit.entity')}>
          {entry.entityType ? auditLabel(AUDIT_ENTITY_LABELS, entry.entityType, i18n.language) : ''} {entry.entityId ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.seq')}>{entry.seq}</Descriptions.Item>
        <Descriptions.Item label={t('audit.hash')} span={2}>
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {entry.hash}
          </Typography.Text>
        </Descriptions.Item>
        {changed.length ? (
          <Descriptions.Item label={t('audit.changed')} span={2}>
            {changed.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Row gutter={12}>
        <Col span={12}>
          <JsonBox label={t('audit.before')} value={entry.before} changed={new Set(changed)} />
        </Col>
        <Col span={12}>
          <JsonBox label={t('audit.after')} value={entry.after} changed={new Set(changed)} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 0' }}>
        {t('audit.redactedHint')}
      </Typography.Paragraph>
    </div>
  );
}
