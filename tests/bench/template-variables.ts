/**
 * Building one order's template variables (buildTemplateVariables: money, dates, item lists and
 * status words in the ticket's language), as the panel does for every ticket before it fills the
 * suggestions: every demo store order in each of the six reply languages. Beside it, the obvious
 * way in the same run: the same order facts formatted with toLocaleString / a new Intl formatter
 * per value, which is what the variables did before the formatters were cached (lib/i18n/intl-formatters.ts).
 */
import { demoStoreOrders } from '@/lib/connectors/demo-store/load';
import type { Order } from '@/lib/schemas/order';
import { buildTemplateVariables } from '@/lib/templates/variables';
import { type Bench, loadNote, median, percentile, timed, versus } from './types';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'ko', 'ja'] as const;
/** Well under a frame: the panel builds them once per ticket and order. */
const TARGET_MS = 1;

const money = (amount: string, currency: string, locale: string) => Number(amount).toLocaleString(locale, { style: 'currency', currency });
const day = (iso: string, locale: string) =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
const list = (parts: string[], locale: string) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);

/** The same facts, each formatted by a formatter made for it. */
function formatEachTime(order: Order, locale: string): unknown {
  return {
    date: day(order.createdAt, locale),
    total: money(order.total, order.currency, locale),
    prices: order.items.map((item) => money(item.price, order.currency, locale)),
    items: list(
      order.items.map((item) => item.title),
      locale,
    ),
    fulfillments: order.fulfillments.map((f) => [
      f.items?.length ? list(f.items, locale) : undefined,
      f.shippedAt ? day(f.shippedAt, locale) : undefined,
      f.estimatedDelivery ? day(f.estimatedDelivery, locale) : undefined,
    ]),
  };
}

const bench: Bench = async ({ quick } = { quick: false }) => {
  const orders = demoStoreOrders();
  const runs: [Order, string][] = orders.flatMap((order) => LANGUAGES.map((language): [Order, string] => [order, language]));
  // Warm-up: the first call per locale loads its data in either way.
  for (const [order, language] of runs) buildTemplateVariables({ order, language });
  const ours = runs.map(([order, language]) => timed(() => buildTemplateVariables({ order, language })).cpu);
  const obvious = quick ? [] : runs.map(([order, language]) => timed(() => formatEachTime(order, language)).cpu);
  return [
    {
      name: `build one order's template variables (${orders.length} demo orders × ${LANGUAGES.length} languages, CPU; ${loadNote()})`,
      value: `median ${median(ours).toFixed(2)} ms, p95 ${percentile(ours, 0.95).toFixed(2)} ms`,
      target: `median ≤ ${TARGET_MS} ms`,
      obvious: obvious.length ? versus('a formatter per value: median', median(ours), median(obvious), 'ms', 2) : undefined,
      where: 'Node',
      met: median(ours) <= TARGET_MS,
    },
  ];
};

export default bench;
