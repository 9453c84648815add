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

  it("reads a same-origin frame's document as the text around it, and nothing for an empty frame or one sandboxed to another origin", () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>Header line</p><iframe srcdoc="<div>Good morning,</div><div>the lamp arrived cracked.</div>"></iframe>' +
      '<iframe title="not loaded yet"></iframe><iframe sandbox="allow-scripts" srcdoc="<p>opaque origin</p>"></iframe><p>Footer</p>';
    document.body.append(root);
    expect(readableText(root)).toBe('Header line\n\nGood morning,\nthe lamp arrived cracked.\n\nFooter');
    root.remove();
  });

  it('leaves out scripts, styles, controls and hidden parts; keeps emoji images', () => {
    const html =
      '<script>x()</script><style>a{}</style><button>Click</button><span hidden>h</span>' +
      '<span style="display:none">pre</span>ok <img data-emoji="🙂" alt="🙂"><img alt="logo">';
    expect(textOf(html)).toBe('ok 🙂');
  });

  it('leaves out hidden parts whatever the case of their style, and reads nothing of a hidden root', () => {
    expect(textOf('<p>a</p><div STYLE="Display : None"><p>b</p></div><p>c<span hidden>d</span></p>')).toBe('a\n\nc');
    const root = document.createElement('div');
    root.setAttribute('style', 'display:none');
    root.innerHTML = '<p>never shown</p>';
    expect(readableText(root)).toBe('');
  });

  it('leaves out a closed <details> (what it folds and its toggle) and reads an open one', () => {
    expect(textOf('<p>Shown</p><details><summary>Show more</summary><p>folded</p></details><p>end</p>')).toBe('Shown\n\nend');
    expect(textOf('<p>Shown</p><details open><summary>Less</summary><p>unfolded</p></details>')).toBe('Shown\n\nLess\n\nunfolded');
  });

  it('closes every block on the way out of nested elements, and keeps no trailing spaces', () => {
    expect(textOf('<div><div><p>one  </p></div></div><span>two&nbsp;</span><br><br><br><br><div>three</div>')).toBe('one\n\ntwo\n\nthree');
    expect(textOf('<pre>a  \n\n\n\nb</pre>x')).toBe('a\n\nb\n\nx');
  });

  it('reads a page nested 10,000 levels deep without overflowing the stack', () => {
    const root = document.createElement('div');
    let inner = root;
    for (let depth = 0; depth < 10_000; depth++) inner = inner.appendChild(document.createElement('div'));
    inner.textContent = 'deep';
    expect(readableText(root)).toBe('deep');
  });

  it('stops at the length bound', () => {
    expect(textOf(`<div>${'a'.repeat(MAX_TEXT_LENGTH + 500)}</div>`)).toHaveLength(MAX_TEXT_LENGTH);
  });
});
