import { Document, Packer, Paragraph, TextRun, Footer, PageNumber, AlignmentType, LineRuleType, DocumentGridType } from 'docx';
import JSZip from 'jszip';
const doc = new Document({
  evenAndOddHeaderAndFooters: true,
  styles: { default: { document: { run: { font: { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' }, size: 32, language: { value: 'en-US', eastAsia: 'zh-CN' } }, paragraph: { spacing: { line: 579, lineRule: LineRuleType.EXACT } } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1307 } }, grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: 579, charSpace: -842 } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: '宋体', size: 28, snapToGrid: false })] })] }) },
    children: [new Paragraph({ indent: { firstLine: 632, firstLineChars: 200 }, children: [new TextRun('测试')] })] }],
});
const buf = await Packer.toBuffer(doc);
const zip = await JSZip.loadAsync(buf);
console.log(Object.keys(zip.files));
console.log(await zip.file('word/document.xml')!.async('string'));
console.log(await zip.file('word/footer1.xml')!.async('string'));
console.log((await zip.file('word/styles.xml')!.async('string')).slice(0, 3000));
console.log(await zip.file('word/settings.xml')!.async('string'));
