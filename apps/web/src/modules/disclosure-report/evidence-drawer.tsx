import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvidenceItem } from '@yifa/domain/disclosure-report';
import { reportApi } from './api.ts';
import type { EvidenceFigure } from './report-tables.tsx';

/** The records behind one figure ("every figure links to the records that make it"). */
export function EvidenceDrawer({
  year,
  townshipId,
  figure,
  onClose,
}: {
  year: number;
  townshipId: string | undefined;
  figure: EvidenceFigure | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const rows = useQuery({
    queryKey: ['disclosure-report', year, townshipId, 'evidence', figure?.ref.table, figure?.ref.row, figure?.ref.column],
    queryFn: () => reportApi.evidence(year, townshipId, { table: figure!.ref.table, row: figure!.ref.row, column: figure!.ref.column }),
    enabled: figure !== null,
  });
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size={640}
      title={figure ? t('disclosureReport.evidenceTitle', { row: figure.rowLabel, column: figure.columnLabel }) : ''}
    >
      <Table<EvidenceItem>
        rowKey="id"
        size="small"
        loading={rows.isLoading}
        dataSource={rows.data ?? []}
        pagination={{ pageSize: 20, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('disclosureReport.evidenceEmpty')} /> }}
        columns={[
          {
            title: t('disclosureReport.evidenceNumber'),
            dataIndex: 'number',
            width: 170,
            render: (n: string, r) => (r.link ? <Link to={r.link}>{n}</Link> : n),
          },
          { title: t('disclosureReport.evidenceDescription'), dataIndex: 'description' },
        ]}
      />
    </Drawer>
  );
}
