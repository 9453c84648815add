import { describe, expect, it } from 'vitest';
import { looksLikeHtml, stripMessage, stripReply } from './strip-reply';
import { htmlToReplyText, stripReplyHtml } from './strip-reply-html';
import { LARGE_EMAIL_REPLY } from './testing/large-email-reply';
import { LARGE_HTML_EMAILS } from './testing/large-emails-html';

const REPLY_HTML = '<div dir="ltr"><div>Hi,</div><div>my parcel for order #2231 has not arrived.</div></div>';
const REPLY = 'Hi,\nmy parcel for order #2231 has not arrived.';
const QUOTE_STYLE = 'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"';

describe('stripReplyHtml: a reply written below the quote (bottom-posting)', () => {
  it("keeps the answer under Apple Mail's quote and drops the attribution above it", () => {
    const html =
      '<div>On 2 Dec 2026, at 09:10, Lumen Lamps &lt;care@lumen.example&gt; wrote:</div><blockquote type="cite"><div>Your lamp ships today.</div></blockquote><div><br></div><div>Thanks! The shade arrived dented though, can you send a new one?</div>';
    expect(stripReplyHtml(html)).toBe('Thanks! The shade arrived dented though, can you send a new one?');
  });

  it('still cuts at a quote with nothing below it, and keeps the text above it', () => {
    const html =
      '<div>The lid is cracked.</div><div>On 2 Dec 2026, Shop &lt;a@b.example&gt; wrote:</div><blockquote type="cite"><div>Shipped.</div></blockquote>';
    expect(stripReplyHtml(html)).toBe('The lid is cracked.');
  });
});

describe('stripReplyHtml: a marked signature that opens with "-- " over a footer', () => {
  it('goes with the name right above it, as in plain text', () => {
    const html =
      '<p>Hallo,</p><p>die Tasse ist leider zerbrochen angekommen. Können Sie Ersatz schicken?</p><p><br></p><p>Jonas</p><div class="moz-signature">-- <br>Gesendet mit Thunderbird für Android</div>';
    expect(stripReplyHtml(html)).toBe('Hallo,\ndie Tasse ist leider zerbrochen angekommen. Können Sie Ersatz schicken?');
  });

  it('a signature card under "-- " is cut as an element, the name above it stays', () => {
    const html =
      '<p>Hello,</p><p>the order never arrived. Can you check?</p><p>Jane</p><div class="moz-signature">-- <br>Jane Doe<br>Acme Ltd</div>';
    expect(stripReplyHtml(html)).toBe('Hello,\nthe order never arrived. Can you check?\nJane');
  });
});

describe('stripReplyHtml: quoted history as each client marks it', () => {
  it.each([
    [
      'Gmail',
      `<div class="gmail_quote"><div class="gmail_attr">On Tue, 3 Nov 2026, Shop &lt;support@shop.test&gt; wrote:<br></div><blockquote class="gmail_quote" ${QUOTE_STYLE}>Shipped.</blockquote></div>`,
    ],
    [
      'Apple Mail',
      '<blockquote type="cite">Am 03.11.2026 um 10:12 schrieb Shop &lt;support@shop.test&gt;:<br><br></blockquote><blockquote type="cite"><div>Versendet.</div></blockquote>',
    ],
    [
      'Thunderbird',
      '<div class="moz-cite-prefix">Le 03/11/2026 à 10:12, Shop a écrit&nbsp;:<br></div><blockquote type="cite">Expédié.</blockquote>',
    ],
    [
      'Yahoo',
      '<div id="yahoo_quoted_123" class="yahoo_quoted"><div>On Tuesday, November 3, 2026, Shop &lt;support@shop.test&gt; wrote:</div><div>Shipped.</div></div>',
    ],
    [
      'Outlook web',
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Shop<br><b>Sent:</b> Tuesday<br></div><div>Shipped.</div>',
    ],
    [
      'Outlook desktop (ko)',
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>보낸 사람:</b> 상점 &lt;cs@shop.test&gt;<br><b>보낸 날짜:</b> 2026년 11월 3일<br><b>받는 사람:</b> 고객</p></div><p>발송되었습니다.</p>',
    ],
    [
      'older Outlook',
      '<blockquote style="BORDER-LEFT: #000000 2px solid"><div class="OutlookMessageHeader"><hr><b>From:</b> Shop [mailto:support@shop.test]<br><b>Sent:</b> Tuesday</div>Shipped.</blockquote>',
    ],
    ['an unmarked attribution (ja)', '<div>2026年11月3日(火) 10:12 ショップ &lt;support@shop.test&gt;:</div><div>発送しました。</div>'],
  ])('cuts %s history and keeps the reply', (_client, history) => {
    expect(stripReplyHtml(`<html><body>${REPLY_HTML}${history}</body></html>`)).toBe(REPLY);
  });

  it('keeps answers written between cited blocks', () => {
    const html =
      '<div>See below.</div><blockquote type="cite">Which size?</blockquote><div>M.</div><blockquote type="cite">Colour?</blockquote><div>Blue.</div>';
    expect(stripReplyHtml(html)).toBe('See below.\nM.\nBlue.');
  });

  it("keeps the sender's own blockquote in the middle and cuts the last one", () => {
    const html =
      '<div>The manual says:</div><blockquote>Do not wash above 30°C.</blockquote><div>I did not.</div><blockquote>Old conversation</blockquote>';
    expect(stripReplyHtml(html)).toBe('The manual says:\nDo not wash above 30°C.\nI did not.');
  });

  it('keeps a forwarded message, which the sender chose to pass on', () => {
    const html = `<div>FYI</div><div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>From: Shop &lt;support@shop.test&gt;<br></div><div>Your order shipped.</div></div>`;
    expect(stripReplyHtml(html)).toBe('FYI\n---------- Forwarded message ---------\nFrom: Shop <support@shop.test>\nYour order shipped.');
  });

  it('drops marked signatures and mobile footers, and never shows style or script text', () => {
    const html = `<html><head><style>p{color:red}</style><script>var x = 1;</script></head><body>${REPLY_HTML}<div class="gmail_signature">Jane Doe<br>+49 30 1234567</div><div id="ms-outlook-mobile-signature">Get Outlook for iOS</div></body></html>`;
    expect(stripReplyHtml(html)).toBe(REPLY);
  });

  it('reads a marked signature that opens with a client footer as that footer: the name with its closing above it goes too', () => {
    const html = `${REPLY_HTML}<div><br></div><div>Thanks, Ola</div><div><br></div><div id="composer_signature"><div>Sent from my Galaxy</div></div>`;
    expect(stripReplyHtml(html)).toBe(REPLY);
    const card = `${REPLY_HTML}<div><br></div><div>Thanks, Ola</div><div class="gmail_signature"><div>Ola Berg</div><div>Sent from my Galaxy</div></div>`;
    expect(stripReplyHtml(card)).toBe(`${REPLY}\n\nThanks, Ola`);
  });

  it("drops Proton Mail's signature block, the sender's name in it and Proton's footer in any language", () => {
    const block =
      '<div class="protonmail_signature_block"><div class="protonmail_signature_block-user"><div>Jane</div></div><div class="protonmail_signature_block-proton">Envoyé avec la messagerie sécurisée Proton Mail.</div></div>';
    expect(stripReplyHtml(`${REPLY_HTML}${block}<div class="protonmail_quote">Old</div>`)).toBe(REPLY);
  });

  it('decodes entities and renders line structure (br, blocks, list items) as lines', () => {
    const html = '<p>Order #A&amp;B-1 &ndash; two issues:</p><ul><li>lid doesn&#39;t close</li><li>&quot;loose&quot; handle</li></ul>';
    expect(htmlToReplyText(html).trim()).toBe('Order #A&B-1 – two issues:\nlid doesn\'t close\n"loose" handle');
  });

  it('survives broken markup: unclosed tags, stray end tags, lone "<", unterminated comments', () => {
    expect(stripReplyHtml('<div>a < b</p></span><b>bold<div>next')).toBe('a < b\nbold\nnext');
    expect(stripReplyHtml('<div>Reply</div><!-- never closed <blockquote>x')).toBe('Reply');
    expect(stripReplyHtml('')).toBe('');
  });
});

describe('stripReply: plain text or HTML', () => {
  it('tells HTML mail from text that mentions a tag', () => {
    expect(looksLikeHtml('<div>Hi</div><br>')).toBe(true);
    expect(looksLikeHtml('Use the <b> tag for bold, right?')).toBe(false);
    expect(stripReply('Is <div> allowed in the gift note?')).toBe('Is <div> allowed in the gift note?');
  });

  it('routes HTML to the HTML path and prefers a message’s HTML over its text', () => {
    const html = `${REPLY_HTML}<blockquote type="cite">Quoted</blockquote>`;
    expect(stripReply(html)).toBe(REPLY);
    expect(stripMessage({ text: 'Hi, my parcel… Quoted', html })).toBe(REPLY);
    expect(stripMessage({ text: `${REPLY}\n\n> Quoted`, html: '  ' })).toBe(REPLY);
  });
});

/** CPU time of this process: on a shared machine, wall time measures the other jobs too. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('stripReplyHtml: bounded time', () => {
  // The budget is 50 ms (npm run eval measures it); this bound catches what grows faster than linear.
  it.each(Object.entries(LARGE_HTML_EMAILS))('handles %s within 500 ms of CPU, reply intact', (_shape, make) => {
    stripReply(make(50_000)); // compiled code, not the compiler, is what is timed
    const html = make();
    let reply = '';
    expect(cpuMs(() => (reply = stripReply(html)))).toBeLessThan(500);
    expect(reply.startsWith(LARGE_EMAIL_REPLY)).toBe(true);
  });
});
