import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADER_BG } from '../../app/theme.ts';
import { LanguageSwitch } from '../../layout/language-switch.tsx';

/**
 * The frame of the pages outside the workbench: sign-in, forced password change, forced 2FA
 * setup. Plain elements rather than antd Card/Typography keep the sign-in chunk small.
 */
export function AuthFrame({ title, width = 400, children }: { title: string; width?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100%', background: `linear-gradient(180deg, ${HEADER_BG} 0, ${HEADER_BG} 280px, #eef2f7 280px)` }}>
      <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '16px 32px', color: '#fff' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <span
            aria-hidden
            style={{
              width: 40,
              height: 40,
              borderRadius: 6,
              background: '#fff',
              color: HEADER_BG,
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 24,
              fontWeight: 700,
              fontFamily: 'serif',
            }}
          >
            {t('app.name').slice(0, 1)}
          </span>
          <div>
            <div style={{ fontSize: 22, fontWeight: 600, letterSpacing: 2 }}>{t('app.name')}</div>
            <div style={{ fontSize: 13, opacity: 0.85 }}>{t('app.fullName')}</div>
          </div>
        </div>
        <LanguageSwitch isOnDark />
      </header>
      <main id="main" style={{ display: 'flex', justifyContent: 'center', padding: '32px 16px' }}>
        <section
          aria-labelledby="auth-title"
          style={{
            width,
            maxWidth: '100%',
            background: '#fff',
            borderRadius: 8,
            padding: '28px 32px',
            boxShadow: '0 6px 24px rgba(22, 63, 112, 0.15)',
          }}
        >
          <h1 id="auth-title" style={{ fontSize: 20, fontWeight: 600, margin: '0 0 20px', color: 'rgba(0, 0, 0, 0.88)' }}>
            {title}
          </h1>
          {children}
        </section>
      </main>
    </div>
  );
}
