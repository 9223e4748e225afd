import { describe, expect, it } from 'vitest';
import { contentDisposition, encodeRfc8187 } from './content-disposition.ts';

describe('contentDisposition', () => {
  it('carries a Chinese name in filename* and an ASCII fallback in filename', () => {
    expect(contentDisposition('attachment', '法治政府建设年度报告.docx')).toBe(
      `attachment; filename="__________.docx"; filename*=UTF-8''${encodeURIComponent('法治政府建设年度报告')}.docx`,
    );
  });

  it('cannot be broken out of by quotes, backslashes, semicolons or line breaks in the name', () => {
    const header = contentDisposition('inline', 'a"b\\c;d\r\nSet-Cookie: x=1.png');
    expect(header).toBe(`inline; filename="a_b_c;dSet-Cookie: x=1.png"; filename*=UTF-8''a%22b%5Cc%3BdSet-Cookie%3A%20x%3D1.png`);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it('drops direction overrides, also from names stored before uploads were cleaned', () => {
    const header = contentDisposition('attachment', 'report\u202Egnp.exe');
    expect(header).toBe(`attachment; filename="reportgnp.exe"; filename*=UTF-8''reportgnp.exe`);
    expect(contentDisposition('inline', '照\u2067片\u200F.png')).toBe(
      `inline; filename="__.png"; filename*=UTF-8''${encodeURIComponent('照片')}.png`,
    );
  });

  it('encodes exactly the non attr-char bytes (RFC 8187)', () => {
    expect(encodeRfc8187("a-b_c.d!#$&+^`|~ '()*%")).toBe('a-b_c.d!#$&+^`|~%20%27%28%29%2A%25');
    expect(encodeRfc8187('€')).toBe('%E2%82%AC');
  });
});
