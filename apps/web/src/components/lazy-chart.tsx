import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** No animation for reduced-motion users and for automated browsers (stable screenshots). */
function isAnimated(): boolean {
  if (typeof navigator !== 'undefined' && navigator.webdriver) return false;
  return !(typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
}

/**
 * An ECharts chart whose library loads on first use (its own chunk), in the UI language, with
 * ECharts' generated text description for screen readers and a label for the figure.
 */
export function LazyChart({ option, height = 240, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const { i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  optionRef.current = option;
  const locale = i18n.language.startsWith('en') ? 'EN' : 'ZH';

  useEffect(() => {
    let isDisposed = false;
    let observer: ResizeObserver | null = null;
    void import('./echarts-setup.ts').then(({ echarts }) => {
      if (isDisposed || !ref.current) return;
      const chart = echarts.init(ref.current, undefined, { renderer: 'canvas', locale });
      chartRef.current = chart;
      chart.setOption({ animation: isAnimated(), aria: { enabled: true }, ...optionRef.current });
      observer = new ResizeObserver(() => chart.resize());
      observer.observe(ref.current);
    });
    return () => {
      isDisposed = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
    // Re-created when the language changes (ECharts takes its locale at init).
  }, [locale]);

  useEffect(() => {
    chartRef.current?.setOption({ animation: isAnimated(), aria: { enabled: true }, ...option }, true);
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
