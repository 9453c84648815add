import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, readableText } from './text';

function textOf(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  return readableText(root);
}

describe('readableText', () => {
  it('turns blocks and <br> into lines the way a browser shows them', () => {
    expect(textOf('<div>Hi Emma,</div><div><br></div><div>Your parcel\n    is   on its way.<br></div><div>Ava</div>')).toBe(
      'Hi Emma,\n\nYour parcel is on its way.\nAva',
    );
    expect(textOf('<p>One</p><p>Two<br>three</p>')).toBe('One\n\nTwo\nthree');
    expect(textOf('<ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>')).toBe('a\nb\nx y');
  });

  it('keeps preformatted text as it is, and only inside the <pre>', () => {
    expect(textOf('<pre>line 1\n  line 2</pre><div>after\n   the pre</div>')).toBe('line 1\n  line 2\n\nafter the pre');
    const pre = document.createElement('pre');
    pre.innerHTML = 'a\n  <b>b</b>';
    expect(readableText(pre.querySelector('b')!)).toBe('b');
    expect(readableText(pre)).toBe('a\n  b');
  });

  it('leaves out scripts, styles, controls and hidden parts; keeps emoji images', () => {
    const html =
      '<script>x()</script><style>a{}</style><button>Click</button><span hidden>h</span>' +
      '<span style="display:none">pre</span>ok <img data-emoji="🙂" alt="🙂"><img alt="logo">';
    expect(textOf(html)).toBe('ok 🙂');
  });

  it('stops at the length bound', () => {
    expect(textOf(`<div>${'a'.repeat(MAX_TEXT_LENGTH + 500)}</div>`)).toHaveLength(MAX_TEXT_LENGTH);
  });
});
