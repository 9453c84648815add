export type NoTicketReason = 'no-tab' | 'unsupported-site' | 'not-a-ticket-page' | 'nothing-found' | 'no-content-script' | 'unreadable';

const MESSAGES: Record<NoTicketReason, { title: string; hint: string }> = {
  'no-tab': {
    title: 'No ticket here',
    hint: 'Open a conversation in your inbox (Gmail, Seller Central, Zendesk, Freshdesk, Help Scout, Gorgias, Outlook, eBay, Etsy).',
  },
  'unsupported-site': {
    title: 'No ticket here',
    hint: 'Deskpilot has no reader for this site. Right-click the page → "Deskpilot: read this page", press Alt+Shift+R, or let it always read this site below.',
  },
  'not-a-ticket-page': { title: 'No ticket here', hint: 'Open a conversation: the inbox list itself holds no ticket.' },
  'nothing-found': {
    title: 'No ticket here',
    hint: 'Deskpilot could not find a conversation on this page. If one is open, the page layout may have changed: copy the reply by hand for now.',
  },
  'no-content-script': {
    title: 'No ticket here',
    hint: 'Deskpilot does not read this page yet. If it is an inbox opened before Deskpilot was installed, reload it; for another helpdesk, right-click → "Deskpilot: read this page" or press Alt+Shift+R.',
  },
  unreadable: { title: 'The ticket could not be read', hint: 'The page sent something Deskpilot did not understand. Reload the page.' },
};

export function NoTicket({ reason }: { reason: NoTicketReason }) {
  const { title, hint } = MESSAGES[reason];
  return (
    <section className="card empty" data-testid="no-ticket" data-reason={reason}>
      <h2>{title}</h2>
      <p>{hint}</p>
    </section>
  );
}
