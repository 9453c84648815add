import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import type { IntentResult } from '@/lib/suggest/classify';
import { largeLibrary } from '@/lib/suggest/testing/large-library';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';
import { routeMessage } from '@/entrypoints/background/message-router';
import { useSuggestionPlan } from './use-suggestion-plan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * The classifier, counted. It answers an unsure reading of its own (not the shipped model's, which
 * another change may retrain), so that a configured AI is always asked for its second opinion.
 */
const classified = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('@/lib/suggest/classify', async (actual) => {
  const unsure = (text: string): IntentResult => {
    const ranking = [
      { intent: 'payment_issue' as const, score: 0.41 },
      { intent: 'invoice' as const, score: 0.33 },
      { intent: 'refund' as const, score: 0.26 },
    ];
    return {
      intent: 'payment_issue',
      confidence: 0.41,
      ranking,
      requests: [{ intent: 'payment_issue', confidence: 0.41, ranking, start: 0, end: text.length }],
    };
  };
  return {
    ...(await actual<typeof import('@/lib/suggest/classify')>()),
    classifyIntent: (text: string) => {
      classified.texts.push(text);
      return unsure(text);
    },
  };
});

const library = largeLibrary(60);
const ORDERS: Order[] = [orderShaped('in-transit', '#1047'), orderShaped('delivered', '#1031')];

type Plan = ReturnType<typeof useSuggestionPlan>;
let latest: Plan | undefined;
let root: Root | undefined;

const endpoint = (server: OpenAiServer) =>
  AiSettingsSchema.parse({ baseUrl: server.baseUrl, apiKey: server.apiKey, model: LOOPBACK_MODEL, enabled: true });

function Harness(props: { ticket: Ticket; chosenOrder: string | null; server: OpenAiServer }) {
  const aiSettings = endpoint(props.server);
  latest = useSuggestionPlan({
    ticket: props.ticket,
    aiSettings,
    orders: ORDERS,
    ordersPending: false,
    found: ORDERS,
    library,
    chosenOrder: props.chosenOrder,
  });
  return null;
}

describe('the panel ranks a ticket with an AI endpoint configured', () => {
  let server: OpenAiServer;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const show = (ticket: Ticket, chosenOrder: string | null) =>
    act(() =>
      root!.render(
        <QueryClientProvider client={client}>
          <Harness ticket={ticket} chosenOrder={chosenOrder} server={server} />
        </QueryClientProvider>,
      ),
    );
  const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 10)));

  beforeAll(async () => {
    server = await startOpenAiServer({ scenario: { kind: 'tasks' } });
    // The panel asks the background (a message), which reads the saved settings and asks the AI.
    await aiSettingsSetting.set(endpoint(server));
    const panel = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: unknown) => routeMessage(message, panel)) as never);
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterAll(async () => {
    act(() => root?.unmount());
    vi.restoreAllMocks();
    await aiSettingsSetting.clear();
    await server.close();
  });

  it('classifies each ticket once: for the ranking, every re-rank and the AI asked in the background (the panel sends its reading)', async () => {
    const invoice = ticketSaying('Re: as discussed on the phone, same as last time. facture', { orderRefs: ['#1047'] });
    classified.texts = [];
    show(invoice, null);
    await vi.waitFor(async () => {
      await settle();
      expect(latest?.plan?.intent.intent).toBe('invoice');
    });
    // The AI was asked (the reading is unsure) and decided; the plan was made before and after its answer.
    expect(latest?.decision.data).toMatchObject({ intent: 'invoice', decidedBy: 'ai', askedAi: true });
    expect(server.requests).toHaveLength(1);
    // The panel's reading only: the background asked the AI with it, not with a reading of its own.
    expect(classified.texts).toEqual([invoice.latestCustomerMessage]);

    // The agent picks the other order: ranked again, not classified again.
    const before = latest?.plan;
    show(invoice, '#1031');
    await settle();
    expect(latest?.plan).not.toBe(before);
    expect(latest?.plan?.order?.number).toBe('#1031');
    expect(classified.texts).toHaveLength(1);

    // The next ticket is read once too.
    const refund = ticketSaying('I sent the mug back two weeks ago, where is my refund?');
    show(refund, null);
    await vi.waitFor(async () => {
      await settle();
      expect(latest?.plan?.intent.intent).toBe('refund');
    });
    expect(classified.texts).toEqual([invoice.latestCustomerMessage, refund.latestCustomerMessage]);
    expect(server.requests).toHaveLength(2);
  });

  it('tells the badge the AI is being asked, then that it could not be, the local reading kept', async () => {
    let refuse: (error: Error) => void = () => {};
    vi.mocked(browser.runtime.sendMessage).mockImplementationOnce((() => new Promise((_, reject) => (refuse = reject))) as never);
    const asked = server.requests.length;
    show(ticketSaying('Charged twice for the teapot, or was it the invoice total? Lena'), null);
    await vi.waitFor(async () => {
      await settle();
      expect(latest?.opinion).toEqual({ asking: true });
    });
    expect(latest?.plan?.intent.intent).toBe('payment_issue');
    await act(async () => refuse(new Error('Could not establish connection. Receiving end does not exist.')));
    await settle();
    expect(latest?.opinion).toEqual({ failed: new Error('Could not establish connection. Receiving end does not exist.') });
    expect(latest?.reading.intent).toBe('payment_issue');
    expect(server.requests).toHaveLength(asked);
  });
});
