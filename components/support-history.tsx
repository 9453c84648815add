import type { TicketHistory } from '@/lib/history/group';
import type { NonTemplateReply } from '@/lib/history/schema';

const NON_TEMPLATE_LABELS: Record<NonTemplateReply, string> = {
  'ai-draft': 'an AI draft',
  edited: 'an edited reply',
};

/** "24 Nov" in the agent's time zone: the history is theirs, recorded on this browser. */
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const dayOf = (iso: string): string => shortDate.format(new Date(iso));

function replyLabel(templateId: string, templateTitles: ReadonlyMap<string, string>): string {
  const builtIn = NON_TEMPLATE_LABELS[templateId as NonTemplateReply] as string | undefined;
  if (builtIn) return builtIn;
  // A template deleted since still names what was sent, by its id.
  return `'${templateTitles.get(templateId) ?? templateId}'`;
}

/** "Seen 3 times, last 24 Nov · replied with 'Where is my order'" for one ticket. */
export function describeTicketHistory(ticket: TicketHistory, templateTitles: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (ticket.seenCount > 0 && ticket.lastSeenAt) {
    const times = ticket.seenCount === 1 ? 'once' : `${ticket.seenCount} times`;
    parts.push(`Seen ${times}, last ${dayOf(ticket.lastSeenAt)}`);
  }
  const [lastReply] = ticket.replies;
  if (lastReply) {
    const label = replyLabel(lastReply.templateId, templateTitles);
    const count = ticket.replies.length;
    parts.push(count === 1 ? `replied with ${label}` : `replied ${count} times, last with ${label}`);
  }
  return parts.join(' · ');
}

/** Nothing before this visit: no ticket but the current one, seen just now, nothing inserted. */
export function isFirstContact(tickets: TicketHistory[], currentTicketKey: string | undefined): boolean {
  return tickets.every((t) => t.ticketKey === currentTicketKey && t.seenCount <= 1 && t.replies.length === 0);
}

interface Props {
  /** From customerHistory(): most recently active first. */
  tickets: TicketHistory[];
  /** Template id → title, to name what was inserted. */
  templateTitles: ReadonlyMap<string, string>;
  /** ticketKeyOf() of the ticket on screen, which recordTicketSeen may already have recorded. */
  currentTicketKey?: string;
}

/** The customer's earlier tickets as this browser saw them. Text only: nothing here is a link or an action. */
export function SupportHistory({ tickets, templateTitles, currentTicketKey }: Props) {
  return (
    <section className="card" data-testid="support-history" aria-label="Support history on this browser">
      <h2 className="section-title">Support history</h2>
      {isFirstContact(tickets, currentTicketKey) ? (
        <p className="muted">First contact from this customer on this browser.</p>
      ) : (
        <ul>
          {tickets.map((ticket) => (
            <li key={ticket.ticketKey}>
              <strong>{ticket.subject || '(no subject)'}</strong>
              {ticket.ticketKey === currentTicketKey && ' (this ticket)'}
              <br />
              <span>{describeTicketHistory(ticket, templateTitles)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
