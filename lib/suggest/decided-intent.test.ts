import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { classifyIntent } from '@/lib/suggest/classify';
import { decidedReading, withDecidedIntent } from '@/lib/suggest/decided-intent';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { planSuggestions, suggestReplies } from '@/lib/suggest/suggest';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { readTicketIntent } from '@/lib/suggest/ticket-intent';

const templates = templatesFromPack(STARTER_PACK);
const order = orderShaped('delivered', '#2990', '2026-10-02T08:00:00Z');
const UNCLEAR = 'Re: as discussed on the phone, same as last time. facture';

describe('an intent decided outside the local model', () => {
  it('becomes the first request and takes the top of the distribution, keeping the local probability as confidence', () => {
    const local = classifyIntent(UNCLEAR);
    const decided = local.ranking.find((r) => r.intent !== local.intent)!;
    const reading = withDecidedIntent(local, decided.intent);
    expect(reading.intent).toBe(decided.intent);
    expect(reading.confidence).toBe(decided.score);
    expect(reading.ranking[0]).toEqual({ intent: decided.intent, score: local.ranking[0]!.score });
    expect(reading.ranking.find((r) => r.intent === local.intent)?.score).toBe(decided.score);
    expect(reading.ranking.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 6);
    const lead = local.requests.find((r) => r.intent === local.intent)!;
    expect(reading.requests.find((r) => r.intent === decided.intent)).toMatchObject({ start: lead.start, end: lead.end });
  });

  it('leaves a reading that already agrees untouched, and lets a later request found locally lead, keeping the first', () => {
    const local = classifyIntent('I want to return the boots. Also, please send the new pair to my office address.');
    expect(withDecidedIntent(local, local.intent)).toBe(local);
    const second = local.requests[1]!;
    const reading = withDecidedIntent(local, second.intent);
    expect(reading).toMatchObject({ intent: second.intent, confidence: second.confidence, ranking: second.ranking });
    expect(reading.requests).toEqual(local.requests);
  });

  it('replaces the lead request, which need not be the first in the text', () => {
    const ranking = [
      { intent: 'refund' as const, score: 0.5 },
      { intent: 'invoice' as const, score: 0.3 },
      { intent: 'exchange' as const, score: 0.2 },
    ];
    const story = { intent: 'exchange' as const, confidence: 0.55, ranking, start: 0, end: 10 };
    const ask = { intent: 'refund' as const, confidence: 0.5, ranking, start: 11, end: 30 };
    const reading = withDecidedIntent({ intent: 'refund', confidence: 0.5, ranking, requests: [story, ask] }, 'invoice');
    expect(reading.requests.map((r) => [r.intent, r.start])).toEqual([
      ['exchange', 0],
      ['invoice', 11],
    ]);
  });

  it('puts a reply for the decided intent on top of the suggestions', () => {
    const ticket = ticketSaying('Hello, I ordered the jug. Could you help me with it? Thanks, Jonas');
    const args = { ticket, orders: [order], templates, shop: DEFAULT_SHOP_FACTS, agent: { name: 'Ines' } };
    const asRead = suggestReplies(args);
    const decided = asRead.intent.intent === 'cancel_order' ? 'invoice' : 'cancel_order';
    const withAi = suggestReplies({ ...args, decidedIntent: decided });
    expect(withAi.intent.intent).toBe(decided);
    expect(withAi.groups).toHaveLength(1);
    expect(withAi.suggestions[0]?.template.intents[0]).toBe(decided);
    expect(asRead.suggestions[0]?.template.intents[0]).not.toBe(decided);
  });

  it('is folded in by one helper, which the plan of replies uses too: badge and replies name the same lead', () => {
    const local = classifyIntent(UNCLEAR);
    expect(decidedReading(local, undefined)).toBe(local);
    const decided = local.ranking.find((r) => r.intent !== local.intent)!.intent;
    expect(decidedReading(local, decided)).toEqual(withDecidedIntent(local, decided));
    const ticket = ticketSaying(UNCLEAR);
    const plan = planSuggestions({ ticket, orders: [order], templates, decidedIntent: decided });
    const shown = decidedReading(readTicketIntent(ticket).reading, decided);
    expect(plan.intent.intent).toBe(shown.intent);
    expect(plan.asked).toEqual(shown.requests.map((r) => r.intent));
  });
});
