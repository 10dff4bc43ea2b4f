import { describe, expect, it } from 'vitest';
import { escapeHtml, html, query } from '../../src/web/html.js';

describe('html template', () => {
  it('escapes every interpolated value, markup only from the literal parts', () => {
    const title = 'Kế hoạch <script>alert("x")</script> & \'y\'';
    expect(html`<h1 title="${title}">${title}</h1>`.value).toBe(
      '<h1 title="Kế hoạch &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">Kế hoạch &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</h1>',
    );
  });

  it('nests fragments unescaped and escapes text inside arrays', () => {
    const items = ['Sở GD&ĐT', '<b>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>Sở GD&amp;ĐT</li><li>&lt;b&gt;</li></ul>');
  });

  it('drops null, undefined and false, and writes numbers', () => {
    expect(html`${null}${undefined}${false}${0}${27.5}`.value).toBe('027.5');
  });

  it('does not double-escape an entity written in the text', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('query', () => {
  it('encodes Vietnamese and leaves out empty parameters', () => {
    expect(query({ key: '1609/QĐ-TTg|2022', q: '', year: null })).toBe('?key=1609%2FQ%C4%90-TTg%7C2022');
    expect(query({ relation: ['basis', 'amends'], min: 2 })).toBe('?relation=basis&relation=amends&min=2');
    expect(query({})).toBe('');
  });
});
