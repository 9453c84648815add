import { useT } from '@/lib/i18n/i18n-context';
import type { MessageKey } from '@/lib/i18n/translator';

export type NoTicketReason = 'no-tab' | 'unsupported-site' | 'not-a-ticket-page' | 'nothing-found' | 'no-content-script' | 'unreadable';

const MESSAGES: Record<NoTicketReason, { title: MessageKey; hint: MessageKey }> = {
  'no-tab': { title: 'noTicket.title', hint: 'noTicket.noTab' },
  'unsupported-site': { title: 'noTicket.title', hint: 'noTicket.unsupportedSite' },
  'not-a-ticket-page': { title: 'noTicket.title', hint: 'noTicket.notATicketPage' },
  'nothing-found': { title: 'noTicket.title', hint: 'noTicket.nothingFound' },
  'no-content-script': { title: 'noTicket.title', hint: 'noTicket.noContentScript' },
  unreadable: { title: 'noTicket.unreadableTitle', hint: 'noTicket.unreadable' },
};

export function NoTicket({ reason }: { reason: NoTicketReason }) {
  const t = useT();
  const { title, hint } = MESSAGES[reason];
  return (
    <section className="card empty" data-testid="no-ticket" data-reason={reason}>
      <h2>{t(title)}</h2>
      <p>{t(hint)}</p>
    </section>
  );
}
