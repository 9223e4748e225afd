import type { ImportKind, ImportResult } from '@yifa/domain/law-study';
import { useTranslation } from 'react-i18next';
import { SheetImportModal } from '../../../components/sheet-import-modal.tsx';
import { importTemplatePath, uploadImport } from '../api.ts';

/** A law-study import (attendance, scores, platform hours) in the shared import dialog. */
export function ImportModal({
  kind,
  examId,
  open,
  onClose,
}: {
  kind: ImportKind;
  examId?: string | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describeResult = (r: ImportResult) =>
    [
      r.isRepeat
        ? t('lawStudy.import.repeat')
        : t('lawStudy.import.done', { rows: r.rowCount, created: r.created, updated: r.updated, unchanged: r.unchanged }),
      // A corrected sheet may change a session's hours: say so, never let it pass as "unchanged".
      ...(!r.isRepeat && r.sessionsCreated !== undefined
        ? [t('lawStudy.import.sessionsDone', { created: r.sessionsCreated, updated: r.sessionsUpdated ?? 0 })]
        : []),
    ].join(t('sheetImport.separator'));
  return (
    <SheetImportModal<ImportResult>
      open={open}
      onClose={onClose}
      title={t('lawStudy.import.title', { name: t(`lawStudy.import.${kind}`) })}
      templatePath={importTemplatePath(kind)}
      templateFileName={`${kind}.xlsx`}
      upload={(file) => uploadImport(kind, file, examId ? { examId } : {})}
      describeResult={describeResult}
      invalidates={[['law-study']]}
    />
  );
}
