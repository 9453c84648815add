import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OrdersSection } from '@/components/orders-section';
import type { OrderDetailsResponse } from '@/lib/messaging';
import type { Order } from '@/lib/schemas/order';
import { orderShaped } from '@/lib/suggest/testing/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Two orders as BigCommerce's first answer gives them: shipped, parcels left for when they are opened. */
const listed = (number: string): Order => ({ ...orderShaped('not-shipped', number), status: 'shipped', detailsOnOpen: ['fulfillments'] });
const CHOSEN = listed('#1042');
const FOLDED = listed('#1031');
const PARCEL = { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', status: 'in_transit' as const };

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

function Section() {
  const query = useQuery({ queryKey: ['orders', 'test'], queryFn: () => ({ orders: [CHOSEN, FOLDED], errors: [] }) });
  return <OrdersSection query={query} chosenNumber="#1042" onChoose={() => undefined} />;
}

/** Mounts the section with a background that answers `orderDetails` through `answer`; returns the orders asked about. */
function mount(answer: (order: Order) => Promise<OrderDetailsResponse>): string[] {
  fakeBrowser.reset();
  const asked: string[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; order: Order }) => {
    asked.push(message.order.number);
    return answer(message.order);
  }) as never);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Section />
      </QueryClientProvider>,
    ),
  );
  return asked;
}

const card = (number: string) => document.querySelector<HTMLElement>(`[data-testid=order-card][data-order="${number}"]`)!;
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 10)));

describe('OrdersSection with orders whose parcels come on open', () => {
  it('reads the open order’s parcels, showing that it is reading, and leaves folded orders unread until unfolded', async () => {
    let release: (response: OrderDetailsResponse) => void = () => undefined;
    const asked = mount(() => new Promise((resolve) => (release = resolve)));
    await vi.waitFor(async () => {
      await settle();
      expect(asked).toEqual(['#1042']);
    });
    expect(card('#1042').querySelector('[data-testid=order-details-loading]')?.textContent).toBe('Reading parcels and refunds…');
    // Not "not shipped yet" while its parcels are being read.
    expect(card('#1042').textContent).not.toContain('Not shipped yet');
    await act(async () => release({ details: { fulfillments: [PARCEL] } }));
    await vi.waitFor(async () => {
      await settle();
      expect(card('#1042').querySelector('[data-testid=tracking]')?.textContent).toContain('1Z999AA10123456784');
    });
    expect(card('#1042').querySelector('[data-testid=order-details-loading]')).toBeNull();

    const folded = document.querySelector<HTMLDetailsElement>('details.order-folded')!;
    await act(async () => {
      folded.open = true;
      folded.dispatchEvent(new Event('toggle'));
    });
    await vi.waitFor(async () => {
      await settle();
      expect(asked).toEqual(['#1042', '#1031']);
    });
  });

  it('says why the parcels could not be read and keeps the order shown', async () => {
    mount(async (order) => ({
      failure: {
        connectorId: order.source.id,
        label: order.source.label,
        kind: 'rate_limited',
        message: 'Try again in 5 s.',
        retryAfterMs: 5000,
      },
    }));
    await vi.waitFor(async () => {
      await settle();
      expect(card('#1042')?.querySelector('[data-testid=order-details-failed]')).not.toBeNull();
    });
    const failed = card('#1042').querySelector<HTMLElement>('[data-testid=order-details-failed]')!;
    expect(failed.dataset.kind).toBe('rate_limited');
    expect(failed.textContent).toContain('Try again in 5 s.');
    expect(card('#1042').textContent).toContain('Linen tea towel');
  });
});
