/** The subject a page's title gives, for ./structural-subject.ts: the title without the site's name and ticket number. */

/** "Subject – Ticket #4821 – Helpdesk" in a page title: the site's name and the ticket number are not the subject. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+/;
const TICKET_PART = /^(?:ticket|case|conversation|request|#)\s*#?\s*\d+$|@|^(?:inbox|mail|e-mail|outlook|gmail)$/i;
/** A mail app's name leading a title ("Gmail - Subject"); a folder ("Inbox – Desk") is a list's title, not this. */
const LEADING_APP = /^(?:mail|e-mail|outlook|gmail)$/i;
/**
 * A ticket number before the subject: "[#4821] …", "Ticket 4821: …", and a bare "#8841 …" or "#8841 – …"
 * (a table-layout helpdesk's subject heading, Jitbit-like 2026-12-07; three digits or more, so "#1 fan" stays).
 */
export const TICKET_PREFIX = /^(?:\[#\d+\]\s*|(?:ticket|case)\s*#?\d+\s*:\s*|#\d{3,}(?:\s*[–—:-]\s*|\s+))/i;

export function titleSubject(title: string): string {
  const bare = title.replace(TICKET_PREFIX, '');
  // "Gmail - Subject – with dashes" (Gmail's print view, 2026-12-06): the app's name leads, the rest is all subject.
  const lead = TITLE_SEPARATOR.exec(bare);
  if (lead && LEADING_APP.test(bare.slice(0, lead.index))) return bare.slice(lead.index + lead[0].length).trim();
  const parts = bare.split(TITLE_SEPARATOR);
  // The last part is the site's name; ticket numbers and mailbox addresses before it go too.
  if (parts.length > 1) parts.pop();
  while (parts.length > 1 && TICKET_PART.test(parts.at(-1)!.trim())) parts.pop();
  return parts.join(' – ').trim();
}
