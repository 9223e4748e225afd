import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { isLanguage } from '../i18n/index.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';
import { NotifierBridge } from './notifier-bridge.tsx';
import { yifaTheme } from './theme.ts';

const queryClient = createQueryClient();
const router = createAppRouter();

function syncDayjs(language: string): void {
  dayjs.locale(language.startsWith('en') ? 'en' : 'zh-cn');
}

/** Providers: antd (locale and theme follow the language), react-query, the router. */
export function App() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  syncDayjs(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={yifaTheme}>
      <AntApp message={{ maxCount: 3 }} style={{ height: '100%' }}>
        <NotifierBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
