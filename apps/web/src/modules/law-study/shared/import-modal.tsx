import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { parseImportErrorName, type ImportKind, type ImportResult } from '@yifa/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../api/download.ts';
import { describeError } from '../../../api/describe-error.ts';
import { isApiProblem } from '../../../api/problem.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { IMPORT_PATHS, uploadImport } from './law-study-api.ts';

interface RowError { key: number; row: number; column: string; reason: string }

/**
 * Import from Excel: the template, the upload, and the server's verdict — the counts, or the list of
 * problems by row and column (nothing is written then).
 */
export function ImportModal({ kind, examId, open, onClose }: { kind: ImportKind; examId?: string | undefined; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [isBusy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [errors, setErrors] = useState<RowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const name = t(`lawStudy.import.${kind}`);
  const summary = (r: ImportResult) => [
    r.isRepeat ? t('lawStudy.import.repeat') : t('lawStudy.import.done', { rows: r.rowCount, created: r.created, updated: r.updated, unchanged: r.unchanged }),
    // A corrected sheet may change a session's hours: say so, never let it pass as "unchanged".
    ...(!r.isRepeat && r.sessionsCreated !== undefined ? [t('lawStudy.import.sessionsDone', { created: r.sessionsCreated, updated: r.sessionsUpdated ?? 0 })] : []),
  ].join('；');

  const run = async (file: File) => {
    setBusy(true); setResult(null); setErrors(null); setFailure(null);
    try {
      const r = await uploadImport(kind, file, examId ? { examId } : {});
      setResult(r);
      notifySuccess(summary(r));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
    } catch (error) {
      if (isApiProblem(error) && error.code === 'LAW_STUDY.IMPORT_INVALID' && error.invalidParams?.length) {
        setErrors(error.invalidParams.map((p, i) => ({ key: i, ...(parseImportErrorName(p.name) ?? { row: 0, column: p.name }), reason: p.reason })));
      } else {
        setFailure(describeError(error, t, i18n.language));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('lawStudy.import.title', { name })} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} width={720} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('lawStudy.import.hint')}</Typography.Paragraph>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(`/law-study/imports/${IMPORT_PATHS[kind]}/template`, {}, `${kind}.xlsx`).catch(() => undefined)}>
            {t('lawStudy.import.template')}
          </Button>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => { void run(file); return false; }}>
            <Button type="primary" icon={<UploadOutlined />} loading={isBusy}>{t('lawStudy.import.pick')}</Button>
          </Upload>
        </Space>
        {result ? (
          <Alert type="success" showIcon message={summary(result)} />
        ) : null}
        {failure ? <Alert type="error" showIcon message={failure} /> : null}
        {errors ? (
          <>
            <Alert type="error" showIcon message={t('lawStudy.import.errors', { count: errors.length })} />
            <Table<RowError> size="small" rowKey="key" dataSource={errors} pagination={{ pageSize: 8 }} columns={[
              { title: t('lawStudy.import.rowHeader'), dataIndex: 'row', width: 90, render: (row: number) => t('lawStudy.import.row', { row }) },
              { title: t('lawStudy.import.column'), dataIndex: 'column', width: 120 },
              { title: t('lawStudy.import.reason'), dataIndex: 'reason' },
            ]} />
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
