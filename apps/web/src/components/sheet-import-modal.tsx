import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { parseImportErrorName } from '@yifa/domain/law-study';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.ts';
import { downloadFile } from '../api/download.ts';
import { isApiProblem } from '../api/problem.ts';
import { notifySuccess } from '../app/notifier.ts';

interface RowError {
  key: number;
  row: number;
  column: string;
  reason: string;
}

/**
 * Import from Excel, the same for every module: the template, the upload, and the server's verdict —
 * the counts, or the list of problems by row and column (the server then wrote nothing).
 */
export function SheetImportModal<R>({
  open,
  onClose,
  title,
  templatePath,
  templateFileName,
  upload,
  describeResult,
  invalidates,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  templatePath: string;
  templateFileName: string;
  upload: (file: File) => Promise<R>;
  /** The counts, in a sentence for the clerk. */
  describeResult: (result: R) => string;
  /** Queries to refresh after a successful import (key prefixes). */
  invalidates: QueryKey[];
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [isBusy, setBusy] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [errors, setErrors] = useState<RowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (file: File) => {
    setBusy(true);
    setSummary(null);
    setErrors(null);
    setFailure(null);
    try {
      const text = describeResult(await upload(file));
      setSummary(text);
      notifySuccess(text);
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    } catch (error) {
      const rows = isApiProblem(error)
        ? (error.invalidParams ?? []).map((p, i) => ({ key: i, parsed: parseImportErrorName(p.name), name: p.name, reason: p.reason }))
        : [];
      // Row problems come as rows[<row>].<column>: a sheet refused as a whole is a table, anything else a message.
      if (rows.length && rows.every((r) => r.parsed))
        setErrors(rows.map((r) => ({ key: r.key, row: r.parsed!.row, column: r.parsed!.column, reason: r.reason })));
      else setFailure(describeError(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={720}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('sheetImport.hint')}</Typography.Paragraph>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(templatePath, {}, templateFileName).catch(() => undefined)}>
            {t('sheetImport.template')}
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void run(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={isBusy}>
              {t('sheetImport.pick')}
            </Button>
          </Upload>
        </Space>
        {summary ? <Alert type="success" showIcon message={summary} /> : null}
        {failure ? <Alert type="error" showIcon message={failure} /> : null}
        {errors ? (
          <>
            <Alert type="error" showIcon message={t('sheetImport.errors', { count: errors.length })} />
            <Table<RowError>
              size="small"
              rowKey="key"
              dataSource={errors}
              pagination={{ pageSize: 8 }}
              columns={[
                { title: t('sheetImport.rowHeader'), dataIndex: 'row', width: 90, render: (row: number) => t('sheetImport.row', { row }) },
                { title: t('sheetImport.column'), dataIndex: 'column', width: 120 },
                { title: t('sheetImport.reason'), dataIndex: 'reason' },
              ]}
            />
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
