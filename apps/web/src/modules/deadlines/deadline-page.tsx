import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiProblem } from '../../api/problem.ts';
import { useDeadline } from './api.ts';
import { DeadlineDetails } from './deadline-details.tsx';

/** /deadlines/:id: one deadline (the compliance page's evidence for an overdue item links here). */
export default function DeadlinePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const deadline = useDeadline(id);
  const isMissing = isApiProblem(deadline.error) && (deadline.error.status === 404 || deadline.error.status === 400);
  return (
    <Card
      title={t('deadline.detailTitle')}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/deadlines')}>
          {t('deadline.backToList')}
        </Button>
      }
      style={{ maxWidth: 900 }}
    >
      {isMissing ? (
        <Result status="404" title={t('layout.notFoundTitle')} />
      ) : (
        <DeadlineDetails deadline={deadline.data} isLoading={deadline.isPending} />
      )}
    </Card>
  );
}
