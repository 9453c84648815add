/**
 * A line that is only the ticket's number ("#31044", "Ticket #4821", "Case 1187"): a ticket's header
 * shows it before the title (a Zammad-like zoom, blind set 16), and it names no subject.
 */
const TICKET_NUMBER = /^(?:(?:ticket|case|request)\s*#?|#)\s*\d+$/i;

export function isTicketNumber(line: string): boolean {
  return TICKET_NUMBER.test(line);
}
