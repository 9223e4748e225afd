import { describe, expect, it } from 'vitest';
import { adaptGridForLibreOffice } from './libreoffice-grid.ts';
import { attrs, part, readParts } from './office-xml.test-support.ts';
import { renderOfficialDocx } from './render-official-docx.ts';

describe('adaptGridForLibreOffice', () => {
  it('swaps the character grid for a lines grid and the same squeeze as character spacing', async () => {
    const original = await renderOfficialDocx({ title: '标题', blocks: [{ kind: 'paragraph', text: '正文' }] });
    const parts = await readParts(await adaptGridForLibreOffice(original));
    expect(attrs(part(parts, 'word/document.xml'), 'w:docGrid')).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '579' });
    const styles = part(parts, 'word/styles.xml');
    // charSpace −842/4096 pt = −0.21 pt, rounded down to −0.25 pt = −5 twentieths
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/u.exec(styles)?.[0] ?? '';
    expect(attrs(defaults, 'w:spacing')['w:val']).toBe('-5');
    const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/u.exec(styles)?.[0] ?? '';
    const normalRun = /<w:rPr>[\s\S]*?<\/w:rPr>/u.exec(normal)?.[0] ?? '';
    expect(attrs(normalRun, 'w:spacing')['w:val']).toBe('-5');
    // 28 characters of 16 − 0.25 pt fit the 156 mm (442.25 pt) line
    expect(28 * (16 - 0.25)).toBeLessThanOrEqual(8845 / 20);
  });

  it('leaves a document without a character grid untouched', async () => {
    const original = await renderOfficialDocx({ title: '标题', blocks: [] });
    const once = await adaptGridForLibreOffice(original);
    expect(await adaptGridForLibreOffice(once)).toBe(once);
  });
});
