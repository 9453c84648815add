import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText entities', () => {
  it('decodes named, upper-case legacy and numeric entities as a browser does', () => {
    expect(htmlToText('<p>Fish &AMP; Chips &amp; peas</p>')).toBe('Fish & Chips & peas');
    expect(htmlToText('<p>&#8220;Caf&eacute;&#8221; &#x2014; 10&nbsp;&euro; &frac34;</p>')).toBe('“Café” — 10 € ¾');
    // NUL and surrogates are not characters a reply may hold: U+FFFD, as HTML decodes them.
    expect(htmlToText('a&#0;b &#xD800;c')).toBe('a\uFFFDb \uFFFDc');
    expect(htmlToText('&#128230; sent')).toBe('📦 sent');
  });

  it('leaves text that only looks like an entity, and decodes markup into text never re-read as HTML', () => {
    expect(htmlToText('<p>&bogus; &amp;lt;b&amp;gt;</p>')).toBe('&bogus; &lt;b&gt;');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });
});
