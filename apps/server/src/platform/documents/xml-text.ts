/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE/U+FFFF). Text pasted from other systems sometimes holds them, and one
 * of them makes Word or Excel refuse the whole file, so they are dropped.
 */
// XML 1.0 forbids these control characters.
const NOT_XML = // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
