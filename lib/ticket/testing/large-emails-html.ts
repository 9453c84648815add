/**
 * Generated worst cases for HTML reply stripping: a reply of a few lines on top of up to 1 MB of
 * markup that makes an HTML reader slow (deep nesting, unclosed runs, huge lines and tables).
 */
import { LARGE_EMAIL_REPLY_HTML } from './large-email-reply';
import { largeTableCellsHtmlEmail } from './large-emails-threads-tables';

const QUOTED_HTML_BLOCK =
  '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div dir="ltr">Thanks for your message. We checked order #1002 on 12.10.2026 at 14:30.<br>On Mon, 2 Nov 2026 at 09:15, Jane &lt;jane@example.test&gt; wrote:<br></div>';

/** Gmail reply on top of ~1 MB of nested gmail_quote blockquotes (each quote inside the previous). */
export function largeGmailHtmlEmail(totalChars = 1_000_000): string {
  const depth = Math.floor(totalChars / (QUOTED_HTML_BLOCK.length + 19));
  return `${LARGE_EMAIL_REPLY_HTML}<div class="gmail_quote">${QUOTED_HTML_BLOCK.repeat(depth)}${'</div></blockquote>'.repeat(depth)}</div>`;
}

/** Outlook desktop reply, its bordered header block, then ~750 KB of quoted paragraphs. */
export function largeOutlookHtmlEmail(totalChars = 750_000): string {
  const header =
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Shop &lt;support@shop.example&gt;<br><b>Sent:</b> Monday, November 2, 2026 9:15 AM<br><b>To:</b> Jane<br><b>Subject:</b> RE: order</p></div>';
  const paragraph = '<p class="MsoNormal">We have checked order #1002 with the carrier today and it is on its way.<o:p></o:p></p>';
  return `<html><body><div class="WordSection1">${LARGE_EMAIL_REPLY_HTML}${header}${paragraph.repeat(Math.ceil(totalChars / paragraph.length))}</div></body></html>`;
}

/** A reply, then a 100,000-character line of markup-free text inside one element (broken exports). */
export function largeSingleLineHtmlEmail(lineChars = 100_000): string {
  return `${LARGE_EMAIL_REPLY_HTML}<div>${'On 2 Nov 2026 Jane &lt;jane@example.test&gt; wrote: '.repeat(Math.ceil(lineChars / 55)).slice(0, lineChars)}</div>`;
}

/** Plain blockquotes, unclosed tags and comments for 1 MB: no markup the stripper knows, worst for its bookkeeping. */
export function largeMessyHtmlEmail(totalChars = 1_000_000): string {
  const chunk = '<blockquote><div><span>quoted <b>line</b><!-- c --><p>more text 14:30 &amp; 12.10.2026<br>';
  return `${LARGE_EMAIL_REPLY_HTML}${chunk.repeat(Math.ceil(totalChars / chunk.length))}`;
}

export const LARGE_HTML_EMAILS = {
  'Gmail, nested quotes (HTML)': largeGmailHtmlEmail,
  'Outlook header, 750 KB quote (HTML)': largeOutlookHtmlEmail,
  '100,000-char line (HTML)': largeSingleLineHtmlEmail,
  'unclosed blockquotes (HTML)': largeMessyHtmlEmail,
  '20,000 nested divs (HTML)': largeDeepNestingHtmlEmail,
  // 27 ms CPU median alone, 35 ms in the eval (timed after every set) on a loaded machine (was 42 and 56–62).
  '30,000 unclosed inline runs (HTML)': largeUnclosedInlineHtmlEmail,
  '5,000 table cells (HTML)': largeTableCellsHtmlEmail,
} as const;

/** Broken HTML from an old client: `<div><span><font>` runs never closed (30,000 by default). */
export function largeUnclosedInlineHtmlEmail(totalChars = 570_000): string {
  const run = '<div><span><font>x ';
  return `${LARGE_EMAIL_REPLY_HTML}${run.repeat(Math.floor(totalChars / run.length))}`;
}

/** Nested `<div>`s around one line of text, as a tool that nests every block exports it (20,000 deep by default). */
export function largeDeepNestingHtmlEmail(totalChars = 220_000): string {
  const depth = Math.floor(totalChars / '<div></div>'.length);
  return `${LARGE_EMAIL_REPLY_HTML}${'<div>'.repeat(depth)}quoted 14:30${'</div>'.repeat(depth)}`;
}
