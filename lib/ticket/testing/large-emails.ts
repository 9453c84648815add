/**
 * Generated worst cases for reply stripping: about 1 MB of text whose new reply is a few lines
 * on top of a long quoted history. Shapes that make regex-heavy parsers slow: long lines full of
 * spaces and dates, thousands of nested quote headers, and history that is not prefixed by ">".
 */
import { LARGE_EMAIL_REPLY, repeatLines } from './large-email-reply';
import { largeNestedQuoteThreadEmail, largeUnspacedLineEmail } from './large-emails-threads-tables';

const QUOTED_LINES = [
  '> Thanks for your message. We have checked order #1002 with the carrier today and it is on its way.',
  '> On Mon, 2 Nov 2026 at 09:15, Jane Customer <jane@example.test> wrote:',
  '> > Hi, where is my parcel? I ordered it on 12.10.2026 at 14:30 and paid 84.50 EUR.',
  `> > ${'word '.repeat(60)}`,
  `> ${' '.repeat(120)}wrote`,
  '>',
];

const UNPREFIXED_LINES = [
  'From: Shop Support <support@shop.example>',
  'Sent: Monday, November 2, 2026 9:15 AM',
  'To: Jane Customer <jane@example.test>',
  'Subject: RE: Where is my order?',
  '',
  `Am 02.11.2026 um 09:15 schrieb ${'Name '.repeat(40)}`,
  `On ${'Mon, 2 Nov 2026 '.repeat(20)} at 9:15`,
  `${'a '.repeat(200)}`,
  '',
];

/** Reply, Gmail header, ~75 % '>' quoted history, then unprefixed Outlook-style history. */
export function largeQuotedEmail(totalChars = 1_000_000): string {
  const header = '\n\nOn Tue, 3 Nov 2026 at 10:12, Shop Support <support@shop.example> wrote:\n';
  const quoted = repeatLines(QUOTED_LINES, Math.floor(totalChars * 0.75));
  const rest = repeatLines(UNPREFIXED_LINES, totalChars - quoted.length - LARGE_EMAIL_REPLY.length - header.length);
  return `${LARGE_EMAIL_REPLY}${header}${quoted}\n${rest}`;
}

/** Reply, Outlook separator, then ~1 MB of unprefixed history lines (no '>' at all). */
export function largeUnprefixedEmail(totalChars = 1_000_000): string {
  const separator = '\n\n________________________________\n';
  return `${LARGE_EMAIL_REPLY}${separator}${repeatLines(UNPREFIXED_LINES, totalChars - LARGE_EMAIL_REPLY.length - separator.length)}`;
}

/** A reply followed by one 1 MB line with no line break (pasted logs, broken HTML-to-text). */
export function largeSingleLineEmail(totalChars = 1_000_000): string {
  const line = 'On 2 Nov 2026 Jane <jane@example.test> wrote: '.repeat(Math.ceil(totalChars / 46)).slice(0, totalChars);
  return `${LARGE_EMAIL_REPLY}\n\n${line}`;
}

const INTERLEAVED_LINES = [
  '> Which size did you order, and on which date?',
  '> On 2 Nov 2026 we shipped it with DHL',
  '',
  'Size M, on 12.10.2026 at 14:30, from Jane Customer <jane@example.test>',
  'On Monday, 2 Nov 2026 the parcel was still not there and the tracking said',
  `${'Lorem ipsum dolor sit amet '.repeat(12)}wrote`,
  '',
];

/** Inline answers between '>' blocks for 1 MB: the scanner cannot stop early and checks every line. */
export function largeInterleavedEmail(totalChars = 1_000_000): string {
  return `${LARGE_EMAIL_REPLY}\n\n${repeatLines(INTERLEAVED_LINES, totalChars - LARGE_EMAIL_REPLY.length - 2)}`;
}

/** A '>' quote whose links the client wrapped onto unprefixed lines, for 1 MB: every line is a wrapped-link candidate. */
export function largeWrappedLinksEmail(totalChars = 1_000_000): string {
  const lines = [
    '> Track your parcel (http://shop.example/track/4417?',
    'token=3dd518)',
    '> View the order',
    ' (http://shop.example/c/YzOTYzMmE) >',
  ];
  return `${LARGE_EMAIL_REPLY}\n\n${repeatLines(lines, totalChars - LARGE_EMAIL_REPLY.length - 2)}`;
}

/** 1 MB of short lines full of links, addresses and phone numbers under a closing (a pasted contact list). */
export function largeContactLinesEmail(totalChars = 1_000_000): string {
  const lines = ['Tel: +33 6 33 33 44 03', 'http://shop.example/contact', 'jane@example.test', 'Warehouse 4, 12 Dock Road'];
  return `${LARGE_EMAIL_REPLY}\n\nThanks,\n${repeatLines(lines, totalChars - LARGE_EMAIL_REPLY.length - 10)}`;
}

/** A long thread quoted whole under its attribution: 20,000 short '>' lines (each quote block skipped line by line). */
export function largeShortQuotedLinesEmail(lines = 20_000): string {
  const header = '\n\nOn Tue, 3 Nov 2026 at 10:12, Shop Support <support@shop.example> wrote:\n';
  return `${LARGE_EMAIL_REPLY}${header}${repeatLines(['> Yes.', '>', '> ok'], lines * 5)}`;
}

export const LARGE_EMAILS = {
  'inline answers throughout': largeInterleavedEmail,
  'quote with wrapped links': largeWrappedLinksEmail,
  // issue-10-strip16 (load 7-10, CPU median of 15, in turns with main): alone 24-31 -> 21-25 ms, after every suite and set
  // 45-50 -> 32-36 ms (footers tried by first letter; its 25-27-character lines remembered as plain, plain-line.ts).
  // issue-10-strip18 (load 10-12, CPU median of 21, in turns with main in one process after every suite and set): 33-56
  // -> 14-20 ms ("Tel: …" no longer read as a header field that may open history, so every line is plain); each line
  // then asked once by the run's window of answers: 12-13 -> 8.5-9.4 ms.
  'link and phone lines': largeContactLinesEmail,
  'quoted history': largeQuotedEmail,
  'unprefixed history': largeUnprefixedEmail,
  'single 1 MB line': largeSingleLineEmail,
  '20,000 short quoted lines': largeShortQuotedLinesEmail,
  // 18 ms CPU median alone, 25–26 ms in the eval (timed after every set) at load 16–17 (was 39 and 76–86).
  // issue-10-strip18 (as above): 33-44 -> 26-41 ms (plain lines kept a run at a time, each looked up once, by length
  // instead of a Map's hash); a quarter of what is left is splitting the 240,000 lines.
  '240,000 very short lines': largeVeryShortLinesEmail,
  "2,000 lines of nested '> > >' quotes": largeNestedQuoteThreadEmail,
  '1 MB line without spaces': largeUnspacedLineEmail,
} as const;

/** A pasted log as plain text: very short lines with blank lines and list marks (240,000 lines by default). */
export function largeVeryShortLinesEmail(totalChars = 720_000): string {
  const lines = 'ok\nyes\n\n- a\n';
  return `${LARGE_EMAIL_REPLY}\n\n${lines.repeat(Math.floor(totalChars / lines.length))}`;
}
