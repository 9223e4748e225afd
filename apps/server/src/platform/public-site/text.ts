/** The public pages are Chinese first; English is available through the 语言 switch (cookie). */
export type PublicLang = 'zh' | 'en';
export interface PublicText {
  zh: string;
  en: string;
}

export function pick(lang: PublicLang, text: PublicText): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The shell's own strings; modules keep theirs next to their pages. */
export const SHELL_TEXT = {
  siteSuffix: { zh: '政务公开', en: 'Open government' },
  skip: { zh: '跳到主要内容', en: 'Skip to main content' },
  careOn: { zh: '关怀模式', en: 'Accessible mode' },
  careOff: { zh: '退出关怀模式', en: 'Leave accessible mode' },
  otherLang: { zh: 'English', en: '中文' },
  tools: { zh: '辅助功能', en: 'Accessibility' },
  sections: { zh: '栏目', en: 'Sections' },
  home: { zh: '首页', en: 'Home' },
  breadcrumb: { zh: '当前位置', en: 'You are here' },
  demo: {
    zh: '演示数据：本站点内容为演示用途，不是真实的政府信息。',
    en: 'Demo data: this site is a demonstration, not real government information.',
  },
  footer: { zh: '本站由依法（Yifa）乡镇法治工作平台生成。', en: 'Published with Yifa, the township rule-of-law workbench.' },
  townships: { zh: '乡镇（街道）政务公开', en: 'Township open-government sites' },
  noTownships: { zh: '尚未建立乡镇（街道）', en: 'No township yet' },
  notFound: { zh: '页面不存在', en: 'Page not found' },
  notFoundBody: { zh: '您访问的页面不存在或已被移除。', en: 'The page does not exist or has been removed.' },
  error: { zh: '出错了', en: 'Something went wrong' },
  backHome: { zh: '返回首页', en: 'Back to the home page' },
  indexIntro: {
    zh: '本站公开本乡镇（街道）依法应当公开的政府信息，并受理政府信息公开申请。',
    en: 'This site publishes the information the township must disclose and receives applications for information.',
  },
} satisfies Record<string, PublicText>;
