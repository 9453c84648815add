import type { TicketHistory } from '@/lib/history/group';
import type { NonTemplateReply } from '@/lib/history/schema';
import { useI18n } from '@/lib/i18n/i18n-context';
import { translator, type Translator } from '@/lib/i18n/translator';

const NON_TEMPLATE: readonly string[] = ['ai-draft', 'edited'] satisfies NonTemplateReply[];

/** "Nov 24" in the agent's time zone and language: the history is theirs, recorded on this browser. */
const dayOf = (iso: string, i18n: Translator): string =>
  new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short' }).format(new Date(iso));

function replyLabel(templateId: string, templateTitles: ReadonlyMap<string, string>, i18n: Translator): string {
  if (NON_TEMPLATE.includes(templateId)) return i18n.t(`history.${templateId as NonTemplateReply}`);
  // A template deleted since still names what was sent, by its id.
  return i18n.t('history.templateTitle', { title: templateTitles.get(templateId) ?? templateId });
}

/** "Seen 3 times, last Nov 24 · replied with 'Where is my order'" for one ticket. */
export function describeTicketHistory(
  ticket: TicketHistory,
  templateTitles: ReadonlyMap<string, string>,
  i18n: Translator = translator('en'),
): string {
  const parts: string[] = [];
  if (ticket.seenCount > 0 && ticket.lastSeenAt) {
    parts.push(i18n.t('history.seen', { count: ticket.seenCount, date: dayOf(ticket.lastSeenAt, i18n) }));
  }
  const [lastReply] = ticket.replies;
  if (lastReply) {
    const label = replyLabel(lastReply.templateId, templateTitles, i18n);
    parts.push(i18n.t('history.replied', { count: ticket.replies.length, label }));
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
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="card" data-testid="support-history" aria-label={t('history.label')}>
      <h2 className="section-title">{t('history.title')}</h2>
      {isFirstContact(tickets, currentTicketKey) ? (
        <p className="muted">{t('history.firstContact')}</p>
      ) : (
        <ul>
          {tickets.map((ticket) => (
            <li key={ticket.ticketKey}>
              <strong>{ticket.subject || t('ticket.noSubject')}</strong>
              {ticket.ticketKey === currentTicketKey && t('history.thisTicket')}
              <br />
              <span>{describeTicketHistory(ticket, templateTitles, i18n)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
