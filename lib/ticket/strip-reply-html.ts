/**
 * HTML mail to the sender's new text: one linear pass over the markup (no DOM, see
 * strip-reply-html-scan.ts) that cuts quoted history where the client marked it — blockquotes,
 * gmail_quote, Outlook's header blocks, Apple's type=cite, Thunderbird's moz-cite-prefix, Yahoo's
 * quoted block — drops marked signatures, keeps forwards, and renders the rest as text for the
 * plain-text rules (attributions and signatures the client did not mark). Rendering to parts is
 * html-parts-renderer.ts; what to keep of the parts it set aside is decided here. Panel and CLI only.
 */
import { announcesForward, headsForward } from './forward-header';
import { withoutAddressedName } from './strip-addressed-name';
import { MAX_ATTRIBUTION_LINES, attributionEnd, isHeaderBlock } from './history-markers';
import { FORWARD_LINE, ORIGINAL_MESSAGE_LINE } from '@/lib/ticket/reply-patterns';
import { VISIBLE } from '@/lib/ticket/html-layout-space';
import { type HeaderEndsReply, type Part, type SetAside, joinText } from '@/lib/ticket/html-parts';
import { renderParts } from '@/lib/ticket/html-parts-renderer';
import { stripReplyText } from './strip-reply-text';
import { isDashSignature, isMobileFooter } from './signature-start';
import { foldTypography } from '@/lib/ticket/fold-typography';

/** Only the head of a set-aside block is read to decide what it is (bounded work on 1 MB quotes). */
const DECIDE_ON_HTML_CHARS = 16_000;
const DECIDE_ON_LINES = 8;

/** All the text of a set-aside element, nothing cut (a forward or the sender's own quote). */
const textOf = (html: string, block: SetAside, maxChars = Infinity) =>
  joinText(renderParts(html.slice(block.start, Math.min(block.end, block.start + maxChars))));

/** The first lines of a block, read as the text rules read a line ("Forwarded&nbsp;message" as "Forwarded message"). */
function headLines(html: string, block: SetAside): string[] {
  return foldTypography(textOf(html, block, DECIDE_ON_HTML_CHARS))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, DECIDE_ON_LINES);
}

/** "---------- Forwarded message ---------" on top: what the sender passes on, which stays. */
const isForward = (lines: readonly string[]) => lines.slice(0, 2).some((line) => FORWARD_LINE.test(line));
/** An attribution, "-----Original Message-----" or a From/Sent/To block near the top. */
function holdsAttribution(lines: readonly string[]): boolean {
  return lines.some((line, i) => ORIGINAL_MESSAGE_LINE.test(line) || attributionEnd(lines, i) >= 0 || isHeaderBlock(lines, i));
}

/** How much of the text above a header block is read for "I'm forwarding …". */
const ANNOUNCEMENT_TAIL_CHARS = 1000;

/** The last lines written so far (a bounded tail: a mail may hold many header blocks). */
function writtenTail(parts: readonly Part[]): string[] {
  const tail: string[] = [];
  let chars = 0;
  for (let k = parts.length - 1; k >= 0 && chars < ANNOUNCEMENT_TAIL_CHARS; k--) {
    const part = parts[k];
    if (typeof part !== 'string') continue;
    tail.unshift(part);
    chars += part.length;
  }
  return tail.join('').slice(-ANNOUNCEMENT_TAIL_CHARS).split('\n');
}

/**
 * A header block of quoted history; a forward's ("Objet : TR: …", or any below "I'm forwarding …")
 * below the sender's text is what they pass on.
 */
const endsReply: HeaderEndsReply = (html, block, opensWithHeader, written) => {
  const lines = headLines(html, block);
  return holdsAttribution(lines) && (opensWithHeader || !(headsForward(lines, 0) || announcesForward(writtenTail(written))));
};

/** Whether a set-aside block stays in the text, once the whole message has been read. */
function keeps(html: string, block: SetAside, isLastPlainQuote: boolean): boolean {
  // A marked signature that opens with a client's footer ("Verzonden vanaf mijn Galaxy") is left to the
  // text rules, which cut it and the name right above it ("Groetjes, Sanne"), as in plain text.
  // So is one that opens with "-- " over a footer ("--\nSent with Airmail"), and the name above it.
  if (block.kind === 'signature') {
    const [first = '', second = ''] = headLines(html, block);
    return isMobileFooter(first) || (isDashSignature(first) && isMobileFooter(second));
  }
  if (block.kind === 'history-if-header') return true;
  const lines = headLines(html, block);
  if (isForward(lines)) return true;
  if (block.kind === 'quote-if-attributed') return !holdsAttribution(lines);
  if (block.kind === 'quote-if-last') return !isLastPlainQuote && !holdsAttribution(lines);
  return false;
}

const tidyText = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n');

/** Whether the text written before a block ends with an attribution ("On …, Shop <a@b> wrote:", wrapped or not). */
function endsWithAttribution(written: readonly Part[]): boolean {
  const lines = writtenTail(written)
    .filter((line) => VISIBLE.test(line))
    .slice(-MAX_ATTRIBUTION_LINES);
  return lines.some((_, i) => attributionEnd(lines, i) === lines.length - 1);
}

/**
 * A quote left out with the sender's text below it (bottom-posting: "On …, Ridge Coffee wrote:" above
 * Airmail's blockquote, the answer under it) leaves a '>' line in its place: the text rules then read
 * the attribution above it as a quote's, and keep the answer below, as in plain text. A quote with
 * nothing below it, or no attribution above it, leaves nothing as before.
 */
const QUOTE_LEFT_OUT = '\n>\n';

/** Renders the visible text of an HTML mail, with marked history and signatures left out. */
export function htmlToReplyText(html: string): string {
  const parts = renderParts(html, endsReply);
  let lastPlainQuote: SetAside | undefined;
  let lastText = -1;
  parts.forEach((part, k) => {
    if (typeof part !== 'string' && part.kind === 'quote-if-last') lastPlainQuote = part;
    if (typeof part === 'string' && VISIBLE.test(part)) lastText = k;
  });
  const leftOut = (part: SetAside, k: number) =>
    part.kind !== 'signature' && k < lastText && endsWithAttribution(parts.slice(0, k)) ? QUOTE_LEFT_OUT : '';
  return tidyText(
    parts
      .map((part, k) =>
        typeof part === 'string' ? part : keeps(html, part, part === lastPlainQuote) ? `${textOf(html, part)}\n` : leftOut(part, k),
      )
      .join(''),
  );
}

/**
 * The new text the sender wrote in an HTML mail, as plain text. When the client marked everything
 * as quoted (the whole message inside a blockquote), the mail is read as text with no element cut
 * (its attribution on top left out), so the agent sees the message rather than nothing.
 */
export function stripReplyHtml(html: string): string {
  const reply = stripReplyText(htmlToReplyText(html));
  if (VISIBLE.test(reply)) return withoutAddressedName(reply, () => tidyText(joinText(renderParts(html))));
  const whole = tidyText(joinText(renderParts(html)));
  const stripped = stripReplyText(whole);
  return VISIBLE.test(stripped) ? stripped : withoutLeadingAttribution(whole).trim();
}

/** "On …, foo <a@b> wrote:" above a message wholly inside the quote: the message is what the agent reads. */
function withoutLeadingAttribution(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && !VISIBLE.test(lines[first] ?? '')) first++;
  const end = attributionEnd(lines, first);
  const rest = end >= 0 ? lines.slice(end + 1).join('\n') : '';
  return VISIBLE.test(rest) ? rest : text;
}
