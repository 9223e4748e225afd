// The public site (政务公开) for modules: see docs/public-site.md.
export { html, raw, escapeHtml, SafeHtml } from './html.ts';
export { pick, type PublicLang, type PublicText } from './text.ts';
export { publicContext, sendPage, type PublicLink, type PublicTownship } from './context.ts';
export type { PublicPage, PublicPageContext } from './layout.ts';
export { issueHumanCheck, verifyHumanCheck, type HumanCheck } from './human-check.ts';

/** The rate limit of a public form's submission (per address): a person applies a few times, a script many. */
export const PUBLIC_SUBMIT_RATE_LIMIT = { max: 5, timeWindow: '10 minutes' } as const;
