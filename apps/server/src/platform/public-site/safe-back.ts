/** Where a switch goes when `back` is not a plain path of the public site. */
export const SITE_HOME = '/gk/';

/** A path segment of the site: unreserved characters only (RFC 3986 §2.3), so no "%", "\" or space. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
/** A query as the site's own links write it: RFC 3986 query characters (no "\", "#", space or line break). */
const QUERY = /^[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*$/;
const MAX_LENGTH = 512;

/**
 * The page the 关怀模式 and language switches return to: only a normalised path under /gk/, as the
 * layout writes it, else the site's home. A browser reads "\" as "/", resolves "." and "..", and
 * takes "//host" for another site, so "/gk/../\evil.example" would land on evil.example (an open
 * redirect a phishing mail could use with a government address): any backslash, dot segment, empty
 * segment, percent-encoded path or absolute URL is refused rather than repaired.
 */
export function safeBack(back: unknown): string {
  if (typeof back !== 'string' || back.length > MAX_LENGTH) return SITE_HOME;
  const q = back.indexOf('?');
  const pathPart = q < 0 ? back : back.slice(0, q);
  const query = q < 0 ? '' : back.slice(q + 1);
  if (!pathPart.startsWith(SITE_HOME) || !QUERY.test(query)) return SITE_HOME;
  const segments = pathPart.slice(SITE_HOME.length).split('/');
  const isNormalised = segments.every((s, i) => (s === '' ? i === segments.length - 1 : SEGMENT.test(s) && s !== '.' && s !== '..'));
  return isNormalised ? back : SITE_HOME;
}
