import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { SearchProps } from 'antd/es/input';
import { useTranslation } from 'react-i18next';

/**
 * antd's Input.Search with a search button that has an accessible name: the default button is an
 * icon alone, which a screen reader announces as "button" (WCAG 4.1.2).
 */
export function SearchInput({ buttonLabel, ...props }: SearchProps & { buttonLabel?: string }) {
  const { t } = useTranslation();
  return <Input.Search {...props} enterButton={<Button icon={<SearchOutlined />} aria-label={buttonLabel ?? t('common.search')} />} />;
}
