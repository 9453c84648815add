import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Thread } from '@/lib/schemas/ticket';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { TicketCard } from './ticket-card';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const thread: Thread = {
  site: 'zendesk',
  url: 'https://northwind.zendesk.com/agent/tickets/4822',
  subject: 'Parcel stuck in customs',
  customer: { name: 'Chloé Dubois' },
  messages: [{ author: { name: 'Chloé Dubois' }, role: 'customer', text: 'My parcel is stuck in customs.' }],
  confidence: 0.55,
  reader: 'structural',
};

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

function eyebrow(read: Thread): string {
  act(() => root.render(<TicketCard ticket={buildTicket(read)} />));
  return container.querySelector('.eyebrow')?.textContent ?? '';
}

describe('TicketCard says which reader read the page, once', () => {
  it('a supported site read by the general reader', () => {
    expect(eyebrow(thread)).toBe('Zendesk · read with 55% confidence · by the general reader');
  });

  it("an unknown page: the general reader's name says it already", () => {
    expect(eyebrow({ ...thread, site: 'generic' })).toBe('General reader · read with 55% confidence');
  });

  it("a team's site profile, and the site's own reader", () => {
    expect(eyebrow({ ...thread, reader: 'profile', profileId: 'acme.zendesk' })).toBe(
      "Zendesk · read with 55% confidence · with your team's site profile",
    );
    expect(eyebrow({ ...thread, reader: 'site', confidence: 0.9 })).toBe('Zendesk · read with 90% confidence');
  });
});

describe('TicketCard on a read the page-read budget stopped', () => {
  const stopped: Thread = { ...thread, reader: 'profile', profileId: 'acme.zendesk', stoppedAfter: 12, earlierMessages: 188 };

  it('says in plain words where it stopped and what to check', () => {
    act(() => root.render(<TicketCard ticket={buildTicket(stopped)} />));
    expect(container.querySelector('[data-testid=read-stopped]')?.textContent).toBe(
      'Stopped after 12 messages: the page is large; check the latest message.',
    );
  });

  it('says nothing of it on a whole read', () => {
    act(() => root.render(<TicketCard ticket={buildTicket({ ...stopped, stoppedAfter: undefined })} />));
    expect(container.querySelector('[data-testid=read-stopped]')).toBeNull();
  });
});
