import { act, useMemo, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Thread, Ticket } from '@/lib/schemas/ticket';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { correctTicket, NO_CORRECTIONS, type ReadingCorrections } from '@/lib/ticket/correct-ticket';
import { ReadingCheck } from './reading-check';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const thread: Thread = {
  site: 'zendesk',
  url: 'https://northwind.zendesk.com/agent/tickets/4822',
  subject: 'Parcel stuck in customs',
  customer: {},
  messages: [
    { author: { name: 'Chloé Dubois' }, role: 'customer', text: 'My parcel is stuck in customs.' },
    { author: { name: 'Jonas Berg' }, role: 'customer', text: 'I have asked our carrier. <b>not html</b>' },
  ],
  confidence: 0.55,
  reader: 'structural',
};

/** As the panel uses it: the corrected ticket feeds the check and whatever shows the latest message. */
function Harness({ read }: { read: Ticket }) {
  const [corrections, setCorrections] = useState<ReadingCorrections>(NO_CORRECTIONS);
  const ticket = useMemo(() => correctTicket(read, corrections), [read, corrections]);
  return (
    <>
      <ReadingCheck ticket={ticket} corrections={corrections} onChange={setCorrections} />
      <p data-testid="latest">{ticket.latestCustomerMessage}</p>
    </>
  );
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('ReadingCheck', () => {
  it('says in plain words that the general reader read a known site, and the agent flips a message', () => {
    act(() => root.render(<Harness read={buildTicket(thread)} />));
    expect(container.querySelector('[data-testid=reading-notice]')?.textContent).toBe(
      "Zendesk's page did not look as expected: read by the general reader, check the customer and message below.",
    );
    expect(container.querySelector('[data-testid=latest]')?.textContent).toMatch(/asked our carrier/);
    // Customer text is text: no element was made from it.
    expect(container.querySelector('b')).toBeNull();
    const second = container.querySelectorAll('[data-testid=reading-message]')[1]!;
    act(() =>
      (Array.from(second.querySelectorAll('button')).find((b) => b.textContent === 'This one is from us') as HTMLButtonElement).click(),
    );
    expect(container.querySelectorAll('[data-testid=reading-message]')[1]!.getAttribute('data-role')).toBe('agent');
    expect(container.querySelector('[data-testid=latest]')?.textContent).toBe('My parcel is stuck in customs.');
  });

  it("names a delivery-failure report the mail system's, not ours", () => {
    const bounce = { author: { name: 'Mail Delivery System' }, role: 'system' as const, text: 'Undeliverable: mailbox full.' };
    act(() => root.render(<Harness read={buildTicket({ ...thread, messages: [...thread.messages, bounce] })} />));
    expect(container.querySelectorAll('[data-testid=reading-message]')[2]!.textContent).toMatch(/Mail Delivery System · mail system/);
  });

  it('shows nothing for a site read or a profile read', () => {
    act(() => root.render(<Harness read={buildTicket({ ...thread, reader: 'site' })} />));
    expect(container.querySelector('[data-testid=reading-check]')).toBeNull();
    act(() => root.render(<Harness read={buildTicket({ ...thread, reader: 'profile', profileId: 'x' })} />));
    expect(container.querySelector('[data-testid=reading-check]')).toBeNull();
  });
});
