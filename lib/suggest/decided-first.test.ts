import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/intent';
import type { Template } from '@/lib/schemas/template';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { decidedFirst } from '@/lib/suggest/decided-first';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import type { RankedTemplate } from '@/lib/suggest/rank-scoring';
import { planSuggestions } from '@/lib/suggest/suggest';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

const starter = templatesFromPack(STARTER_PACK);
const order = orderShaped('delivered', '#2990', '2026-10-02T08:00:00Z');

function plan(message: string, language: string, decidedIntent?: Intent, templates: readonly Template[] = starter) {
  return planSuggestions({
    ticket: ticketSaying(message, { language }),
    orders: [order],
    templates,
    ...(decidedIntent ? { decidedIntent } : {}),
  });
}
const topOf = (planned: ReturnType<typeof plan>) => planned.groups[0]?.ranked[0]?.template;

describe('the top reply follows an intent decided outside the local model', () => {
  // Unsure local readings whose words (or language) favour another intent's reply.
  const cases: Array<[string, string, Intent]> = [
    // Session 11's model reads 'Charged again for the same amount as in March, factura please' as invoice itself.
    ['Same amount charged again like in March, factura please', 'en', 'invoice'],
    ['Hallo, wegen der Lieferung vom letzten Monat: so geht das nicht weiter, bitte melden Sie sich', 'de', 'complaint'],
    ['Bonjour, la livraison de la dernière fois, franchement ça ne va pas, donnez-moi des nouvelles', 'fr', 'complaint'],
  ];
  it.each(cases)('%s → %s', (message, language, decided) => {
    const local = plan(message, language);
    expect(topOf(local)?.intents).not.toContain(decided);
    const followed = plan(message, language, decided);
    expect(followed.intent.intent).toBe(decided);
    expect(topOf(followed)?.intents).toContain(decided);
  });

  it('puts the local top first when the AI agrees with it, even where another intent led on words', () => {
    // Picked for the shipped model: reads invoice, while the words rank another reply first. A retraining can
    // move such a borderline reading (session 11 moved '…noch nicht da' to where_is_my_order).
    const message = 'Hallo, die Rechnung und das Paket, beides ist noch nicht bei mir';
    const local = plan(message, 'de');
    expect(local.intent.intent).toBe('invoice');
    expect(topOf(local)?.intents).not.toContain('invoice');
    expect(topOf(plan(message, 'de', 'invoice'))?.intents).toContain('invoice');
  });

  it('keeps the local ranking when no reply serves the decided intent', () => {
    const message = 'Charged again for the same amount as in March, factura please';
    const noInvoices = starter.filter((t) => !t.intents.includes('invoice'));
    const followed = plan(message, 'en', 'invoice', noInvoices);
    expect(followed.intent).toMatchObject({ intent: 'invoice', noReply: true });
    expect(topOf(followed)?.id).toBe(topOf(plan(message, 'en', undefined, noInvoices))?.id);
    expect(plan(message, 'en', 'invoice').intent.noReply).toBeUndefined();
  });

  it('decides the lead request only: another request keeps its local replies', () => {
    const message = 'Wo ist mein Paket? Bitte ändern Sie auch die Lieferadresse auf meine Büroadresse.';
    const local = plan(message, 'de');
    expect(local.groups.map((g) => g.request.intent)).toEqual(['where_is_my_order', 'address_change']);
    const followed = plan(message, 'de', 'address_change');
    expect(followed.intent.intent).toBe('address_change');
    // The AI named the main thing asked: its group leads (lead-first.ts), the other keeps its replies.
    expect(followed.groups.map((g) => g.request.intent)).toEqual(['address_change', 'where_is_my_order']);
    expect(followed.groups[0]!.ranked[0]?.template.intents).toContain('address_change');
    const addressIds = new Set(followed.groups[0]!.ranked.map((r) => r.template.id));
    const localWismo = local.groups[0]!.ranked.map((r) => r.template.id).filter((id) => !addressIds.has(id));
    expect(followed.groups[1]!.ranked.map((r) => r.template.id).slice(0, localWismo.length)).toEqual(localWismo);
  });
});

describe('decidedFirst', () => {
  const entry = (id: string, intents: Intent[], score: number): RankedTemplate =>
    ({ template: { id, intents }, score, parts: {} }) as unknown as RankedTemplate;
  const ranked = [
    entry('a', ['refund'], 0.9),
    entry('b', ['invoice', 'refund'], 0.5),
    entry('c', ['complaint'], 0.4),
    entry('d', ['invoice'], 0.3),
  ];

  it('moves the replies serving the decided intent (as main or secondary intent) first, each side in ranking order', () => {
    expect(decidedFirst(ranked, 'invoice').map((r) => r.template.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('leaves the ranking as it is when none serves it', () => {
    expect(decidedFirst(ranked, 'account').map((r) => r.template.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
