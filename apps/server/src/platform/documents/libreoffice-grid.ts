import JSZip from 'jszip';

/**
 * Rewrites a .docx so that LibreOffice lays it out as Word does. Used for previews only.
 *
 * Word's character grid (w:docGrid w:type="linesAndChars") squeezes or widens every character to
 * the grid pitch: 3号 characters are 16 pt wide but the pitch of 28 characters in 156 mm is
 * 15.79 pt, and Word sets them 15.79 pt apart. LibreOffice does not squeeze: it gives each
 * 16 pt character two grid cells (14 characters a line). So the copy gets a lines-only grid
 * and the same squeeze as character spacing in the default run properties
 * (charSpace/4096 pt, rounded down to 1/20 pt so that 28 characters still fit).
 */
export async function adaptGridForLibreOffice(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const documentPart = zip.file('word/document.xml');
  if (documentPart === null) return docx;
  const documentXml = await documentPart.async('string');
  let charSpace: number | undefined;
  const adapted = documentXml.replace(/<w:docGrid\b[^>]*\/>/gu, (grid) => {
    if (!/w:type="linesAndChars"/u.test(grid)) return grid;
    const m = /w:charSpace="(-?\d+)"/u.exec(grid);
    if (m?.[1] !== undefined) charSpace ??= Number(m[1]);
    return grid.replace('w:type="linesAndChars"', 'w:type="lines"');
  });
  if (adapted === documentXml) return docx;
  zip.file('word/document.xml', adapted);

  const spacing = charSpace === undefined ? 0 : Math.floor((charSpace / 4096) * 20);
  const stylesPart = zip.file('word/styles.xml');
  if (spacing !== 0 && stylesPart !== null) {
    const styles = await stylesPart.async('string');
    const withSpacing = (rPr: string) =>
      /<w:spacing\b/u.test(rPr) ? rPr : rPr.replace(/(<w:sz\b|<\/w:rPr>)/u, `<w:spacing w:val="${spacing}"/>$1`);
    zip.file(
      'word/styles.xml',
      styles
        .replace(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/u, withSpacing)
        .replace(/<w:style\b[^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/u, (style) =>
          style.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/u, withSpacing),
        ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
