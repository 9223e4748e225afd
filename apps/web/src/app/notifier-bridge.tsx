import { App } from 'antd';
import { useEffect } from 'react';
import { setMessageApi } from './notifier.ts';

/** Hands antd's context-aware message API to the notifier used by react-query's global handlers. */
export function NotifierBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    setMessageApi(message);
    return () => setMessageApi(null);
  }, [message]);
  return null;
}
