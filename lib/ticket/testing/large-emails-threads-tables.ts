/**
 * Large shapes real mail has that the first generated ones lacked (session 23): a long plain thread
 * quoted deeper at every reply ("> > > …", up to 60 levels) with answers written between the quotes,
 * a base64 or URL blob pasted as one 1 MB line without a space, and an order table of 5,000 cells
 * pasted into an HTML reply.
 */
import { LARGE_EMAIL_REPLY, LARGE_EMAIL_REPLY_HTML } from './large-email-reply';

/** How deep the thread's quotes go before the nesting starts over. */
const MAX_QUOTE_DEPTH = 60;

/** 2,000 lines of '>' quotes nested 1 to 60 deep, an attribution every 20 lines and an answer every 7 (2,000 by default). */
export function largeNestedQuoteThreadEmail(lines = 2_000): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const prefix = '> '.repeat(1 + (i % MAX_QUOTE_DEPTH));
    if (i % 7 === 6) out.push(`Answer to ${1000 + i}: yes, size M.`);
    else if (i % 20 === 0) out.push(`${prefix}On Mon, 2 Nov 2026 at 09:15, Jane Customer <jane@example.test> wrote:`);
    else out.push(`${prefix}Which size was order #${1000 + i}, sent on 12.10.2026 at 14:30?`);
  }
  return `${LARGE_EMAIL_REPLY}\n\n${out.join('\n')}`;
}

/** A reply, then a pasted base64 attachment or URL: one line of 1 MB with no space to break it at. */
export function largeUnspacedLineEmail(totalChars = 1_000_000): string {
  const chunk = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NDE3LzIwMjYtMTEtMDJUMDk6MTU6MDBa+/=';
  return `${LARGE_EMAIL_REPLY}\n\n${chunk.repeat(Math.ceil(totalChars / chunk.length)).slice(0, totalChars)}`;
}

/** One row of the pasted order table: five cells, about 119 characters. */
const tableRow = (i: number) =>
  `<tr><td style="padding:4px">SKU-${i}</td><td>Blue mug 350 ml</td><td>2</td><td>12.10.2026</td><td>14,90&nbsp;€</td></tr>`;

/** An HTML reply with an order list pasted as a table, rows of five cells: about 5,000 cells at the default size. */
export function largeTableCellsHtmlEmail(totalChars = 119_000): string {
  const rows: string[] = [];
  for (let i = 0, size = 0; size < totalChars; i++) {
    rows.push(tableRow(i));
    size += rows[i]?.length ?? 0;
  }
  return `${LARGE_EMAIL_REPLY_HTML}<table cellpadding="0" cellspacing="0"><tbody>${rows.join('')}</tbody></table>`;
}
