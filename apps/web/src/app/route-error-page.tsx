import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A page that failed to load or render. After an update the old lazy chunks are gone, so the
 * useful action is a reload.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('layout.pageLoadFailed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('layout.reload')}
        </Button>
      }
    />
  );
}
