import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { suggestReplies } from '@/lib/suggest/suggest';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { effectiveFields, type FieldValues } from '@/lib/templates/fields';
import { FillInForm } from '@/components/fill-in-form';
import { SuggestionCard } from '@/components/suggestion-card';
import { getDatabase } from '@/lib/templates/db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const BODY =
  'Hi {{ customer.first_name }}, your replacement for {{ order.number }} ships with {{ fields.carrier }}, tracking {{ fields.tracking_number }}, on {{ fields.ship_date }}.' +
  '{% if fields.refund_shipping %} We also refunded the 4.95 EUR shipping.{% endif %}';
const TEMPLATE: Template = {
  id: 'acme.replacement',
  title: 'Replacement shipped',
  body: BODY,
  intents: ['where_is_my_order'],
  language: 'en',
  sites: [],
  tags: [],
  fields: [
    { name: 'carrier', type: 'choice', options: ['UPS', 'DHL'] },
    { name: 'tracking_number', label: 'Tracking number', hint: 'From the carrier' },
    { name: 'ship_date', type: 'date', label: 'Ships on' },
  ],
  locallyModified: false,
  updatedAt: '2026-11-20T00:00:00Z',
  usageCount: 0,
};
const FIELDS = effectiveFields(BODY, TEMPLATE.fields);

let root: Root | undefined;
let host: HTMLElement;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  host.remove();
  vi.restoreAllMocks();
});

function mount(node: React.ReactNode) {
  root = createRoot(host);
  act(() => root!.render(node));
}
const q = <T extends Element>(selector: string) => host.querySelector<T>(selector)!;
function labelled(text: string): HTMLInputElement & HTMLSelectElement {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return document.getElementById(label.htmlFor) as HTMLInputElement & HTMLSelectElement;
}
function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const key = (target: Element, name: string) => act(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));

describe('FillInForm', () => {
  it('focuses the first field, ties every label to its input, and submits on Enter from any field', () => {
    const submitted: FieldValues[] = [];
    mount(<FillInForm fields={FIELDS} language="en" onSubmit={(v) => submitted.push(v)} onCancel={() => undefined} />);
    expect(document.activeElement).toBe(labelled('Carrier'));
    expect(labelled('Tracking number').getAttribute('aria-describedby')).toMatch(/hint/);
    expect(labelled('Refund shipping').type).toBe('checkbox');
    type(labelled('Carrier'), 'DHL');
    type(labelled('Tracking number'), 'JJD0099');
    type(labelled('Ships on'), '2026-12-10');
    act(() => labelled('Refund shipping').click());
    key(labelled('Carrier'), 'Enter');
    expect(submitted).toEqual([{ carrier: 'DHL', tracking_number: 'JJD0099', ship_date: '2026-12-10', refund_shipping: true }]);
  });

  it('says which answers are missing, next to each, and focuses the first', () => {
    const onSubmit = vi.fn();
    mount(<FillInForm fields={FIELDS} language="en" onSubmit={onSubmit} onCancel={() => undefined} />);
    type(labelled('Carrier'), 'UPS');
    key(labelled('Carrier'), 'Enter');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(labelled('Tracking number'));
    expect(labelled('Tracking number').getAttribute('aria-invalid')).toBe('true');
    expect(labelled('Ships on').getAttribute('aria-invalid')).toBe('true');
    expect(labelled('Carrier').getAttribute('aria-invalid')).toBeNull();
    expect(host.querySelectorAll('.error')).toHaveLength(2);
  });

  it('cancels on Escape and keeps earlier answers when opened again', () => {
    const onCancel = vi.fn();
    mount(<FillInForm fields={FIELDS} language="en" initial={{ tracking_number: 'X1' }} onSubmit={() => undefined} onCancel={onCancel} />);
    expect(labelled('Tracking number').value).toBe('X1');
    key(labelled('Tracking number'), 'Escape');
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('SuggestionCard with fill-in fields', () => {
  beforeEach(async () => {
    await getDatabase().usageEvents.clear();
  });
  function mountCard() {
    const inserted: string[] = [];
    fakeBrowser.reset();
    // The inserters arrive with the page-extras script, injected before each insert (lib/insert-reply.ts).
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async () => []) as unknown as typeof browser.scripting.executeScript);
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { text?: string }) => {
      inserted.push(message.text ?? '');
      return { ok: true };
    }) as never);
    const ticket = ticketSaying('Hi, the jug in order #3107 arrived broken, can you send a new one? Jonas', { orderRefs: ['#3107'] });
    const orders = [orderShaped('in-transit')];
    const result = suggestReplies({ ticket, orders, templates: [TEMPLATE], shop: DEFAULT_SHOP_FACTS, agent: { name: 'Sam' } });
    const suggestion = result.groups.flatMap((g) => g.suggestions).find((s) => s.template.id === TEMPLATE.id)!;
    mount(
      <QueryClientProvider client={new QueryClient()}>
        <SuggestionCard tabId={7} suggestion={suggestion} top checks={{ site: 'gmail', ticket, orders, shop: DEFAULT_SHOP_FACTS }} />
      </QueryClientProvider>,
    );
    return inserted;
  }
  const fill = (refund: boolean) => {
    type(labelled('Carrier'), 'DHL');
    type(labelled('Tracking number'), 'JJD000390007799999');
    type(labelled('Ships on'), '2026-12-10');
    if (refund) act(() => labelled('Refund shipping').click());
  };
  const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  /** An insert goes on recording (use count, history, Reports): let it finish before the card unmounts. */
  const recorded = async () => {
    await vi.waitFor(async () => expect(await getDatabase().usageEvents.count()).toBe(1));
    for (let tick = 0; tick < 10; tick++) await flush();
  };

  it('asks for the fields on Insert, then inserts the reply with the answers, typed facts not flagged', async () => {
    const inserted = mountCard();
    expect(q('[data-testid=fields-asked]').textContent).toContain('Carrier, Tracking number, Ships on, Refund shipping');
    expect(q<HTMLButtonElement>('[data-action=insert]').disabled).toBe(false);
    expect(q<HTMLButtonElement>('[data-action=copy]').disabled).toBe(true);
    act(() => q<HTMLButtonElement>('[data-action=insert]').click());
    expect(q('[data-testid=fill-in-form]')).not.toBeNull();
    fill(false);
    key(labelled('Tracking number'), 'Enter');
    await flush();
    expect(inserted).toEqual(['Hi Jonas, your replacement for #3107 ships with DHL, tracking JJD000390007799999, on December 10, 2026.']);
    expect(host.querySelector('[data-testid=fill-in-form]')).toBeNull();
    await recorded();
  });

  it('checks the reply after the fields are filled: a paragraph a yes shows is fact-checked before insert', async () => {
    const inserted = mountCard();
    act(() => q<HTMLButtonElement>('[data-action=insert]').click());
    fill(true);
    key(labelled('Carrier'), 'Enter');
    await flush();
    expect(inserted).toEqual([]);
    expect(q('[role=alertdialog]').textContent).toMatch(/1 fact not found in the order or the ticket \(amount\)/);
    expect(q('[data-testid=unverified-summary]')).not.toBeNull();
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Insert anyway')!.click());
    await flush();
    expect(inserted[0]).toContain('We also refunded the 4.95 EUR shipping.');
    await recorded();
  });
});
