import { describe, expect, it } from 'vitest';
import { basisOf, SentReadingSchema, sentReading } from '@/lib/suggest/ai/opinion-basis';
import { ticketSaying } from '@/lib/suggest/testing/fixtures';
import { readTicketIntent } from '@/lib/suggest/ticket-intent';

const ticket = ticketSaying('Hi, the kettle came with a dent in the lid, and could you also send me the invoice? Mara');

describe("the panel's reading, sent with its ask for the AI's second opinion", () => {
  it('carries what asking reads (intent, confidence, every score, failed stages), not the requests', () => {
    const local = readTicketIntent(ticket);
    const sent = sentReading(local);
    expect(sent).toEqual({
      reading: { intent: local.reading.intent, confidence: local.reading.confidence, ranking: local.reading.ranking },
      degraded: [],
    });
    expect(JSON.stringify(sent)).not.toContain('requests');
    expect(SentReadingSchema.parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  it('gives the background the basis the panel asked from: the same text, hence the same remembered answer', () => {
    const local = readTicketIntent(ticket);
    const basis = basisOf(ticket, SentReadingSchema.parse(sentReading(local)));
    expect(basis.query).toBe(local.query);
    expect(basis.reading).toEqual(sentReading(local).reading);
  });

  it('is refused when out of bounds: an unknown intent, a score over 1, more scores than intents, an unknown stage', () => {
    const sent = sentReading(readTicketIntent(ticket));
    const reading = sent.reading;
    expect(SentReadingSchema.safeParse({ ...sent, reading: { ...reading, intent: 'wire_money' } }).success).toBe(false);
    expect(SentReadingSchema.safeParse({ ...sent, reading: { ...reading, confidence: 1.5 } }).success).toBe(false);
    expect(
      SentReadingSchema.safeParse({ ...sent, reading: { ...reading, ranking: [...reading.ranking, ...reading.ranking] } }).success,
    ).toBe(false);
    expect(SentReadingSchema.safeParse({ ...sent, degraded: ['everything'] }).success).toBe(false);
  });
});
