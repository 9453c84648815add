import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { queryKeys } from '@/lib/queries/keys';
import { TicketSchema } from '@/lib/schemas/ticket';
import { triageSetting } from '@/lib/settings';
import { getDatabase } from '@/lib/templates/db';
import { listStoredRules } from '@/lib/triage/rule-store';
import { TriageRulesSection } from './TriageRulesSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The open ticket the preview runs on: a customer asking where order #1047 is (Gmail). */
const TICKET = TicketSchema.parse(JSON.parse(readFileSync('tests/fixtures/cli/ticket.json', 'utf8')));

let root: Root | undefined;
async function renderSection(): Promise<HTMLElement> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(queryKeys.mostRecentTicket, TICKET);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <QueryClientProvider client={client}>
        <TriageRulesSection />
      </QueryClientProvider>,
    ),
  );
  await settle();
  return container;
}

/** Lets Dexie, storage and React Query answer, then React commit. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
}

/** Types into a React-controlled field the way the browser reports it: the native setter, then `input`. */
async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const button = (view: HTMLElement, name: string) => [...view.querySelectorAll('button')].find((b) => b.textContent === name)!;
const rule = (id: string, name: string, when: object, then: object) => ({ id, name, when, then });

beforeEach(async () => {
  await resetDatabase();
  await triageSetting.set({});
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('Settings → Triage: team rules', () => {
  it('checks rules as they are typed, with the exact path of each problem, and saves nothing while wrong', async () => {
    const view = await renderSection();
    const textarea = view.querySelector('textarea')!;
    await type(textarea, JSON.stringify([rule('r1', 'Typo', { intent: 'refnud' }, { priority: 'high' })]));
    expect(view.querySelector('[data-testid=rules-problems]')!.textContent).toMatch(/\[0\]\.when\.intent/);
    expect(button(view, 'Save rules').disabled).toBe(true);
    await type(textarea, '[{"id": ');
    expect(view.querySelector('[data-testid=rules-problems]')).not.toBeNull();
    expect(await listStoredRules()).toEqual([]);
  });

  it('previews the rules on the open ticket as typed, then saves them', async () => {
    const view = await renderSection();
    await type(
      view.querySelector('textarea')!,
      JSON.stringify([rule('wismo', 'Where-is-it desk', { intent: 'where_is_my_order' }, { tags: ['tracking'], owner: 'Shipping team' })]),
    );
    const preview = view.querySelector('[data-testid=rules-preview]')!;
    expect(preview.textContent).toContain('Where is my order #1047?');
    expect(preview.textContent).toContain('Matching rules: Where-is-it desk');
    expect(preview.textContent).toContain('Tags: tracking');
    expect(preview.textContent).toContain('Owner: Shipping team');
    await act(async () => button(view, 'Save rules').click());
    await settle();
    expect((await listStoredRules()).map((r) => r.key)).toEqual(['own:wismo']);
    expect(view.querySelector('[role=status]')!.textContent).toBe('Saved 1 rule.');
  });

  it('shows rules that disagree on the open ticket instead of picking one', async () => {
    const view = await renderSection();
    await type(
      view.querySelector('textarea')!,
      JSON.stringify([
        rule('a', 'Shipping desk', { intent: 'where_is_my_order' }, { owner: 'Shipping team' }),
        rule('b', 'Everything to lead', { intent: 'where_is_my_order' }, { owner: 'Team lead' }),
      ]),
    );
    expect(view.querySelector('[data-testid=rules-conflict]')!.textContent).toBe(
      'Conflict on the owner: “Shipping desk” says Shipping team, “Everything to lead” says Team lead. Neither is applied.',
    );
  });
});

describe('Settings → Triage: thresholds', () => {
  it('says where each value comes from: here, a pack, or the default', async () => {
    await getDatabase().packs.put({
      id: 'acme',
      name: 'Acme desk',
      version: '1.0.0',
      updatedAt: '2026-12-04T00:00:00Z',
      source: 'file',
      installedAt: '2026-12-04T00:00:00Z',
      triage: { targets: { default: 12 }, vipOrdersCount: 5 },
    });
    await triageSetting.set({ vipOrdersCount: 20 });
    const view = await renderSection();
    const source = (path: string) => view.querySelector(`[data-testid="threshold-source-${path}"]`)!.textContent;
    expect(source('targets.default')).toBe('From pack “Acme desk”: 12');
    expect(source('vipOrdersCount')).toBe('Set here (otherwise 5)');
    expect(source('highValueOrderTotal')).toBe('Default: 500');
    expect(view.querySelector<HTMLInputElement>('input[name="vipOrdersCount"]')!.value).toBe('20');
    expect(view.querySelector<HTMLInputElement>('input[name="targets.default"]')!.placeholder).toBe('12');
  });

  it('refuses wrong values with their path and keeps the saved ones; a right value is saved', async () => {
    const view = await renderSection();
    await type(view.querySelector<HTMLInputElement>('input[name="targets.amazon"]')!, '-3');
    await type(view.querySelector<HTMLInputElement>('input[name="repeatContacts7d"]')!, 'two');
    await act(async () => button(view, 'Save thresholds').click());
    const problems = [...view.querySelectorAll('[data-testid=threshold-problems] li')].map((li) => li.textContent);
    expect(problems).toEqual(['Not saved: repeatContacts7d: “two” is not a number']);
    await type(view.querySelector<HTMLInputElement>('input[name="repeatContacts7d"]')!, '3');
    await act(async () => button(view, 'Save thresholds').click());
    expect(view.querySelector('[data-testid=threshold-problems]')!.textContent).toMatch(/^Not saved: targets\.amazon: /);
    expect(await triageSetting.get()).toEqual({});
    await type(view.querySelector<HTMLInputElement>('input[name="targets.amazon"]')!, '12');
    await act(async () => button(view, 'Save thresholds').click());
    await settle();
    expect(await triageSetting.get()).toEqual({ targets: { amazon: 12 }, repeatContacts7d: 3 });
    expect(view.querySelector('[data-testid=threshold-problems]')).toBeNull();
  });

  it('shows packs that disagree on a threshold', async () => {
    for (const [id, name, total, at] of [
      ['a', 'EU desk', 300, '2026-12-01T00:00:00Z'],
      ['b', 'US desk', 800, '2026-12-02T00:00:00Z'],
    ] as const) {
      await getDatabase().packs.put({
        id,
        name,
        version: '1.0.0',
        updatedAt: at,
        source: 'file',
        installedAt: at,
        triage: { highValueOrderTotal: total },
      });
    }
    const view = await renderSection();
    expect(view.querySelector('[data-testid=threshold-conflict]')!.textContent).toBe(
      'Packs disagree on “High-value order from”: “EU desk” says 300, “US desk” says 800. “US desk” is used until you set it here.',
    );
  });
});
