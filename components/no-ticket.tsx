export type NoTicketReason =
  | 'no-tab'
  | 'unsupported-site'
  | 'not-a-ticket-page'
  | 'nothing-found'
  | 'no-content-script'
  | 'unreadable';

const MESSAGES: Record<NoTicketReason, { title: string; hint: string }> = {
  'no-tab': { title: 'No ticket here', hint: 'Open a conversation in Gmail or Amazon Seller Central.' },
  'unsupported-site': {
    title: 'No ticket here',
    hint: 'Deskpilot reads Gmail and Amazon Seller Central messages. Open a conversation there.',
  },
  'not-a-ticket-page': { title: 'No ticket here', hint: 'Open a conversation: the inbox list itself holds no ticket.' },
  'nothing-found': {
    title: 'No ticket here',
    hint: 'Deskpilot could not find a conversation on this page. If one is open, the page layout may have changed: copy the reply by hand for now.',
  },
  'no-content-script': {
    title: 'No ticket here',
    hint: 'Deskpilot does not read this page. If it is an inbox opened before Deskpilot was installed, reload it.',
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
