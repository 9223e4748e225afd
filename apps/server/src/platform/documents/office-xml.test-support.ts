// Helpers for the tests: read parts of .docx/.xlsx packages and pick elements out of their XML.
import JSZip from 'jszip';

export async function readParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (entry !== null && /\.(xml|rels)$/u.test(name)) parts.set(name, await entry.async('string'));
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`package has no ${name}; it has ${[...parts.keys()].join(', ')}`);
  return xml;
}

/** The attributes of the first <tag .../> or <tag ...> in xml. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}(\\s[^>]*?)?/?>`, 'u').exec(xml);
  if (!m) throw new Error(`no <${tag}> in ${xml.slice(0, 300)}`);
  return Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1] ?? '', a[2] ?? '']));
}

export type WordParagraph = { xml: string; pPr: string; text: string; runs: { rPr: string; text: string }[] };

/** Paragraphs of a WordprocessingML part, in order (table cells' paragraphs included). */
export function wordParagraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/gu)].map((m) => {
    const body = m[1] ?? '';
    const runs = [...body.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/gu)].map((r) => {
      const inner = r[1] ?? '';
      return {
        rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/u.exec(inner)?.[1] ?? '',
        text: [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''),
      };
    });
    return {
      xml: m[0],
      pPr: /<w:pPr>([\s\S]*?)<\/w:pPr>/u.exec(body)?.[1] ?? '',
      text: runs.map((r) => r.text).join(''),
      runs,
    };
  });
}

export function paragraphWithText(xml: string, text: string): WordParagraph {
  const p = wordParagraphs(xml).find((x) => x.text === text);
  if (p === undefined) throw new Error(`no paragraph "${text}"`);
  return p;
}
