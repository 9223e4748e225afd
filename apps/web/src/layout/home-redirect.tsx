import { Result } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useCan } from '../auth/session.ts';
import { ALL_MENU_ENTRIES } from '../modules/registry.ts';
import { buildMenu, firstMenuPath } from './menu-model.ts';

/** "/" opens the first page of the caller's menu (the workbench, once that module exists). */
export default function HomeRedirect() {
  const { t } = useTranslation();
  const can = useCan();
  const target = useMemo(() => firstMenuPath(buildMenu(ALL_MENU_ENTRIES, can)), [can]);
  if (target) return <Navigate to={target} replace />;
  return <Result status="info" title={t('layout.noMenu')} />;
}
