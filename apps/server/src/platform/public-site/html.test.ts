import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './html.ts';

describe('html', () => {
  it('escapes interpolated text, so input never becomes markup', () => {
    const name = '<script>alert("x")</script> & \'';
    expect(html`<p>${name}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;</p>');
  });

  it('keeps nested templates and raw markup, joins arrays and drops empty values', () => {
    const items = ['a', '<b>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${undefined}${raw('<hr>')}${3}`.value).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul><hr>3');
  });

  it('escapeHtml leaves Chinese text alone', () => {
    expect(escapeHtml('政府信息公开')).toBe('政府信息公开');
  });
});
