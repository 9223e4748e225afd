import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, setLanguage, type Language } from '../i18n/index.ts';

/**
 * 简体中文 ⇄ English: one button that offers the other language, labelled in that language (so a
 * reader of either can find it). The choice is kept in this browser. A plain button, not a menu,
 * keeps the login page light.
 */
export function LanguageSwitch({ isOnDark = false }: { isOnDark?: boolean }) {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const next: Language = LANGUAGES.find((l) => l !== current) ?? 'zh-CN';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      lang={next}
      aria-label={`${t('language.label')}: ${t(`language.${next}`)}`}
      onClick={() => void setLanguage(next)}
      style={isOnDark ? { color: '#fff' } : undefined}
    >
      {t(`language.${next}`)}
    </Button>
  );
}
