import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The first thing a Tab reaches (WCAG 2.4.1 bypass blocks): jumps past header and menu to the page. */
export function SkipLink() {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const main = document.getElementById('main');
    main?.focus();
    main?.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="yifa-skip-link" href="#main" onClick={onClick}>
      {t('layout.skipToContent')}
    </a>
  );
}
