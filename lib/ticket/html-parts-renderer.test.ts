import { describe, expect, it } from 'vitest';
import { type HeaderEndsReply, type Part, joinText } from '@/lib/ticket/html-parts';
import { renderParts } from '@/lib/ticket/html-parts-renderer';
import { stripReply } from '@/lib/ticket/strip-reply';

const HEADER_BLOCK = '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Shop</p></div>';
const never: HeaderEndsReply = () => false;
const sliceOf = (html: string, part: Part | undefined) => (typeof part === 'object' ? html.slice(part.start, part.end) : undefined);

describe('renderParts: the text a reader sees', () => {
  it('breaks lines at blocks and <br>, and keeps table cells on one line', () => {
    expect(renderParts('<div>one<br>two</div><table><tr><td>x</td><td>y</td></tr></table>')).toEqual(['one\ntwo\n x y\n']);
  });

  it('leaves out the text of style, script and head', () => {
    expect(renderParts('<head><title>t</title></head><style>p{}</style><p>seen</p><script>no()</script>')).toEqual(['seen\n']);
  });

  it('folds layout white space outside <pre> and keeps it inside, and decodes entities', () => {
    expect(renderParts('<pre>a  b\n c</pre><p>a  b\n c</p><p>Tom &amp; Jerry</p>')).toEqual(['a  b\n c\na b c\nTom & Jerry\n']);
  });

  it('keeps the text between set-aside elements as one part', () => {
    expect(renderParts('<p>a</p><p>b</p>', never)).toEqual(['a\nb\n']);
  });

  it('sets nothing aside and cuts nothing without a header decision', () => {
    expect(renderParts('<p>Hi</p><blockquote type="cite">old</blockquote><div id="appendonsend"></div><p>older</p>')).toEqual([
      'Hi\nold\nolder\n',
    ]);
  });
});

describe('renderParts: marked elements, when cutting history', () => {
  it('sets a quote or signature aside as the range of its content, and goes on after it', () => {
    const html = '<p>Hi</p><blockquote type="cite">old</blockquote><p>after</p><div class="gmail_signature">Jane</div>';
    const parts = renderParts(html, never);
    expect(parts.map((part) => (typeof part === 'string' ? part : part.kind))).toEqual(['Hi\n', 'quote', 'after\n', 'signature']);
    expect([sliceOf(html, parts[1]), sliceOf(html, parts[3])]).toEqual(['old', 'Jane']);
  });

  it('ends the text where a client marks the start of history', () => {
    expect(renderParts('<p>Hi</p><div id="appendonsend"></div><p>old</p>', never)).toEqual(['Hi\n']);
  });

  it("ends the text at a header block below the sender's text when the decision says so, and keeps it aside when not", () => {
    const html = `<p>Hi</p>${HEADER_BLOCK}<p>old</p>`;
    const asked: Array<[string | undefined, boolean, string]> = [];
    const endsHere: HeaderEndsReply = (source, block, opensWithHeader, written) => {
      asked.push([source.slice(block.start, block.end), opensWithHeader, joinText(written)]);
      return true;
    };
    expect(renderParts(html, endsHere)).toEqual(['Hi\n']);
    expect(asked).toEqual([['<p><b>From:</b> Shop</p>', false, 'Hi\n']]);
    expect(renderParts(html, never).map((part) => typeof part)).toEqual(['string', 'object', 'string']);
  });

  it('does not ask about a header block on top of everything, and tells about it for the next one', () => {
    const opened: boolean[] = [];
    const parts = renderParts(`${HEADER_BLOCK}<p>Fwd text</p>${HEADER_BLOCK}`, (_html, _block, opensWithHeader) => {
      opened.push(opensWithHeader);
      return false;
    });
    expect(opened).toEqual([true]);
    expect(parts.map((part) => typeof part)).toEqual(['object', 'string', 'object']);
  });
});

describe('renderParts: white space a client re-serialised between blocks', () => {
  it('leaves no line of one space between two blocks', () => {
    const html = '<body>\n  <div>Hola,</div>\n   <div>la mesa llegó rayada.</div>\n<div>Inés</div>\n</body>';
    expect(joinText(renderParts(html))).toBe('Hola,\nla mesa llegó rayada.\nInés\n');
  });

  it("keeps a paragraph's margin: white space after a <p> still parts it from the next block", () => {
    expect(joinText(renderParts('<p>Hola Ana,</p>\n<p>la mesa llegó rayada.</p>'))).toBe('Hola Ana,\n \nla mesa llegó rayada.\n');
  });

  it('keeps white space inside a line and in preformatted text', () => {
    expect(joinText(renderParts('<div>uno\n  dos</div><pre>\n  tres</pre>'))).toBe('uno dos\n\n  tres\n');
  });
});

describe('stripReply (HTML): an attribution wrapped over two blocks with line breaks between them', () => {
  it('cuts both lines above the quote and keeps the answer below it', () => {
    const html =
      '<html>\n<body>\n  <div>El 4 dic 2026, a las 9:15, Tienda Sol</div>\n  <div>&lt;hola@sol.test&gt; escribió:</div>\n  <blockquote type="cite"><div>Su pedido salió ayer.</div></blockquote>\n  <div>Gracias, pero aún no ha llegado.</div>\n</body>\n</html>';
    expect(stripReply(html)).toBe('Gracias, pero aún no ha llegado.');
  });
});
