import { describe, expect, it, vi } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { decisionFingerprint, decisionMemory, REMEMBERED_DECISIONS, type Ask, type DecisionShelf } from '@/lib/suggest/ai/decision-memory';
import type { IntentDecision } from '@/lib/suggest/ai/intent-opinion';
import type { IntentResult } from '@/lib/suggest/classify';
import { ticketSaying } from '@/lib/suggest/testing/fixtures';
import type { TicketIntent } from '@/lib/suggest/ticket-intent';

const settings = AiSettingsSchema.parse({ baseUrl: 'http://127.0.0.1:9/v1', model: 'small-model', enabled: true });

/** An unsure reading of `query` (below the second-opinion threshold), written here, not the shipped model's. */
function unsureReading(query: string, degraded: TicketIntent['degraded'] = []): TicketIntent {
  const ranking = [
    { intent: 'payment_issue' as const, score: 0.4 },
    { intent: 'invoice' as const, score: 0.35 },
  ];
  const reading: IntentResult = { intent: 'payment_issue', confidence: 0.4, ranking, requests: [] };
  return { query, reading, degraded };
}

function memoryShelf(): DecisionShelf & { stored: unknown } {
  const shelf = {
    stored: undefined as unknown,
    read: async () => shelf.stored,
    write: async (value: unknown) => {
      shelf.stored = structuredClone(value);
    },
  };
  return shelf;
}

const aiSays = (intent: IntentDecision['intent']): IntentDecision => ({ intent, confidence: 0.35, decidedBy: 'ai', askedAi: true });
const ticket = ticketSaying('Charged twice for the mug, and I need a receipt for it.');

describe('the memory of AI decisions: one paid call per ticket', () => {
  it('asks once for one ticket, and once more when the customer writes something new', async () => {
    const ask = vi.fn<Ask>(async () => aiSays('invoice'));
    const decide = decisionMemory(memoryShelf(), ask);
    const waited = vi.fn();
    expect(await decide(settings, ticket, [], unsureReading('first words'), waited)).toEqual(aiSays('invoice'));
    expect(await decide(settings, ticket, [], unsureReading('first words'), waited)).toEqual(aiSays('invoice'));
    expect(ask).toHaveBeenCalledTimes(1);
    // Only the ask that waits for the model says so; the remembered answer is there at once.
    expect(waited).toHaveBeenCalledTimes(1);
    await decide(settings, ticket, [], unsureReading('first words, then a new message'));
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('shares one call between two asks at once (the shortcut pressed while the panel waits)', async () => {
    let answer: (decision: IntentDecision) => void = () => undefined;
    const ask = vi.fn<Ask>(() => new Promise((resolve) => (answer = resolve)));
    const decide = decisionMemory(memoryShelf(), ask);
    const panel = decide(settings, ticket, [], unsureReading('same words'));
    const shortcut = decide(settings, ticket, [], unsureReading('same words'));
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    answer(aiSays('invoice'));
    expect(await Promise.all([panel, shortcut])).toEqual([aiSays('invoice'), aiSays('invoice')]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('keeps decisions on the shelf, so a restarted background (a new memory) reuses them', async () => {
    const shelf = memoryShelf();
    await decisionMemory(shelf, async () => aiSays('invoice'))(settings, ticket, [], unsureReading('kept words'));
    const ask = vi.fn<Ask>(async () => aiSays('refund'));
    expect(await decisionMemory(shelf, ask)(settings, ticket, [], unsureReading('kept words'))).toEqual(aiSays('invoice'));
    expect(ask).not.toHaveBeenCalled();
    expect(JSON.stringify(shelf.stored)).not.toContain('kept words');
  });

  it('asks again for another model or endpoint, and after a failed call', async () => {
    const failed: IntentDecision = {
      intent: 'payment_issue',
      confidence: 0.4,
      decidedBy: 'local',
      askedAi: true,
      aiProblem: { code: 'timeout', reason: 'the model took too long' },
    };
    const ask = vi.fn<Ask>(async () => failed);
    const decide = decisionMemory(memoryShelf(), ask);
    await decide(settings, ticket, [], unsureReading('words'));
    await decide(settings, ticket, [], unsureReading('words'));
    expect(ask).toHaveBeenCalledTimes(2);
    ask.mockResolvedValue(aiSays('invoice'));
    await decide(settings, ticket, [], unsureReading('words'));
    await decide({ ...settings, model: 'bigger-model' }, ticket, [], unsureReading('words'));
    await decide({ ...settings, baseUrl: 'http://127.0.0.1:10/v1' }, ticket, [], unsureReading('words'));
    expect(ask).toHaveBeenCalledTimes(5);
  });

  it('asks no one by the rule: no endpoint, a failed reading, a sure one', async () => {
    const ask = vi.fn<Ask>(async () => aiSays('invoice'));
    const decide = decisionMemory(memoryShelf(), ask);
    const sure = unsureReading('sure words');
    sure.reading = { ...sure.reading, confidence: 0.95 };
    expect(await decide(null, ticket, [], unsureReading('words'))).toMatchObject({ decidedBy: 'local', askedAi: false });
    expect(await decide({ ...settings, enabled: false }, ticket, [], unsureReading('words'))).toMatchObject({ askedAi: false });
    expect(await decide(settings, ticket, [], unsureReading('words', ['intent']))).toMatchObject({ askedAi: false });
    expect(await decide(settings, ticket, [], sure)).toMatchObject({ askedAi: false, confidence: 0.95 });
    expect(ask).not.toHaveBeenCalled();
  });

  it('keeps the newest decisions only, and reads a damaged shelf as empty', async () => {
    const shelf = memoryShelf();
    const decide = decisionMemory(shelf, async () => aiSays('invoice'));
    for (let i = 0; i <= REMEMBERED_DECISIONS; i++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 24, 12, 0, i)));
      await decide(settings, ticket, [], unsureReading(`ticket ${i}`));
    }
    const kept = shelf.stored as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(REMEMBERED_DECISIONS);
    expect(kept[await decisionFingerprint(settings, 'ticket 0')]).toBeUndefined();
    expect(kept[await decisionFingerprint(settings, `ticket ${REMEMBERED_DECISIONS}`)]).toBeDefined();

    shelf.stored = { nonsense: { decision: 'invoice' } };
    const ask = vi.fn<Ask>(async () => aiSays('invoice'));
    await decisionMemory(shelf, ask)(settings, ticket, [], unsureReading('ticket 5'));
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
