export type { DocBlock, IsoDate, OfficialDocument } from './official-document.ts';
export { renderOfficialDocx } from './render-official-docx.ts';
export { PREVIEW_FONTS_CONF, convertDocxToPdf, findSoffice } from './convert-docx-to-pdf.ts';
