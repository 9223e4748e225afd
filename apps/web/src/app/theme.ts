import type { ThemeConfig } from 'antd';

/**
 * A calm, government-style theme: the deep "政务蓝", neutral greys, square-ish corners, and sizes a
 * little tighter than antd's default so a 1366×768 office screen shows a table without scrolling.
 */
export const BRAND_BLUE = '#1c4f8c';
export const HEADER_BG = '#163f70';

export const yifaTheme: ThemeConfig = {
  hashed: false,
  token: {
    colorPrimary: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    colorSuccess: '#2f7d32',
    colorWarning: '#b26a00',
    colorError: '#c0392b',
    borderRadius: 4,
    fontSize: 14,
    controlHeight: 32,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif",
    colorBgLayout: '#f2f4f7',
    // Light blue for selections and info notices (the derived ones come out grey with this primary).
    controlItemBgActive: '#e3edf8',
    controlItemBgActiveHover: '#d5e4f5',
    colorInfoBg: '#eef4fb',
    colorInfoBorder: '#c3d6ee',
    colorPrimaryBg: '#e3edf8',
    // Derived from the dark greens and ambers above, success and warning notices come out muddy.
    colorSuccessBg: '#eef7ee',
    colorSuccessBorder: '#b9dcbb',
    colorWarningBg: '#fff7e8',
    colorWarningBorder: '#f0c987',
  },
  components: {
    Layout: { headerBg: HEADER_BG, headerHeight: 52, headerPadding: '0 16px', siderBg: '#ffffff' },
    Menu: {
      itemHeight: 38,
      itemMarginBlock: 2,
      itemSelectedBg: '#e3edf8',
      itemSelectedColor: BRAND_BLUE,
      subMenuItemSelectedColor: BRAND_BLUE,
    },
    Table: { cellPaddingBlock: 9, cellPaddingInline: 12, headerBg: '#f5f7fa' },
    Card: { paddingLG: 20 },
  },
};
